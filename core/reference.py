"""The fixed vocabularies, as data. Migrations load them; the demo loader and the engine read them."""

SECTORS: list[tuple[str, str, str]] = [
    (
        "e-government",
        "E-government & administration",
        "Digital public services, permits, civic participation, back-office automation.",
    ),
    (
        "mobility",
        "Mobility & transport",
        "Public transport, traffic management, parking, micromobility, logistics.",
    ),
    (
        "environment",
        "Environment & waste",
        "Waste collection and recycling, air quality, noise, green spaces, circular economy.",
    ),
    ("water", "Water", "Drinking water networks, leak detection, flooding, wastewater treatment."),
    ("energy", "Energy", "Street lighting, building efficiency, renewables, smart grids, EV charging."),
    (
        "safety",
        "Safety & disaster response",
        "Emergency response, early warning, CCTV analytics, fire and disaster resilience.",
    ),
    ("health", "Health & welfare", "Telecare, elderly care, public health monitoring, social services."),
    ("education", "Education", "Schools, digital learning, skills and lifelong learning."),
    ("culture-tourism", "Culture & tourism", "Visitor services, heritage, events, city branding."),
    (
        "urban-planning",
        "Urban planning & infrastructure",
        "Digital twins, building permits, roads and bridges, housing, public works.",
    ),
    (
        "data-digital",
        "Data & digital infrastructure",
        "Open data, IoT platforms, connectivity, cybersecurity, city data hubs.",
    ),
    ("economy-jobs", "Economy & jobs", "Local business support, employment services, startup ecosystems."),
]

REGIONS: list[tuple[str, str]] = [
    ("asia-pacific", "Asia-Pacific"),
    ("central-asia", "Central Asia & Eurasia"),
    ("middle-east", "Middle East"),
    ("africa", "Africa"),
    ("europe", "Europe"),
    ("latin-america", "Latin America & Caribbean"),
    ("north-america", "North America"),
]


def load_reference_data(sector_model, region_model, language_model) -> None:
    """Create or update the fixed vocabularies (the data migration and the test set-up both call this)."""
    import pycountry

    for position, (code, name, description) in enumerate(SECTORS):
        sector_model.objects.update_or_create(
            code=code, defaults={"name": name, "description": description, "position": position}
        )
    for position, (code, name) in enumerate(REGIONS):
        region_model.objects.update_or_create(code=code, defaults={"name": name, "position": position})
    language_model.objects.bulk_create(
        [
            language_model(code=lang.alpha_2, name=lang.name)
            for lang in pycountry.languages
            if hasattr(lang, "alpha_2")
        ],
        ignore_conflicts=True,
    )


def ensure_reference_data() -> None:
    """Reload the vocabularies if a flush removed them (transactional tests empty every table)."""
    from core.models import Language, Region, Sector

    if not (Sector.objects.exists() and Region.objects.exists() and Language.objects.exists()):
        load_reference_data(Sector, Region, Language)
