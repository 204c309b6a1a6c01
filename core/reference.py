"""The fixed vocabularies, as data, each defined once: sectors, regions and maturities with their English
names. The names are marked for translation here (gettext_noop returns them as they are), so makemessages
collects them and pages translate the stored names with `gettext(name)` (the `vocabulary` template filter).
Migrations load them; the demo loader and the engine read them."""


def gettext_noop(message: str) -> str:
    """Marks a name for makemessages (which collects calls of this name) and returns it as it is: this
    module is read by code that runs without Django settings (the demo content, the benchmarks)."""
    return message


SECTORS: list[tuple[str, str, str]] = [
    (
        "e-government",
        gettext_noop("E-government & administration"),
        gettext_noop("Digital public services, permits, civic participation, back-office automation."),
    ),
    (
        "mobility",
        gettext_noop("Mobility & transport"),
        gettext_noop("Public transport, traffic management, parking, micromobility, logistics."),
    ),
    (
        "environment",
        gettext_noop("Environment & waste"),
        gettext_noop("Waste collection and recycling, air quality, noise, green spaces, circular economy."),
    ),
    (
        "water",
        gettext_noop("Water"),
        gettext_noop("Drinking water networks, leak detection, flooding, wastewater treatment."),
    ),
    (
        "energy",
        gettext_noop("Energy"),
        gettext_noop("Street lighting, building efficiency, renewables, smart grids, EV charging."),
    ),
    (
        "safety",
        gettext_noop("Safety & disaster response"),
        gettext_noop("Emergency response, early warning, CCTV analytics, fire and disaster resilience."),
    ),
    (
        "health",
        gettext_noop("Health & welfare"),
        gettext_noop("Telecare, elderly care, public health monitoring, social services."),
    ),
    (
        "education",
        gettext_noop("Education"),
        gettext_noop("Schools, digital learning, skills and lifelong learning."),
    ),
    (
        "culture-tourism",
        gettext_noop("Culture & tourism"),
        gettext_noop("Visitor services, heritage, events, city branding."),
    ),
    (
        "urban-planning",
        gettext_noop("Urban planning & infrastructure"),
        gettext_noop("Digital twins, building permits, roads and bridges, housing, public works."),
    ),
    (
        "data-digital",
        gettext_noop("Data & digital infrastructure"),
        gettext_noop("Open data, IoT platforms, connectivity, cybersecurity, city data hubs."),
    ),
    (
        "economy-jobs",
        gettext_noop("Economy & jobs"),
        gettext_noop("Local business support, employment services, startup ecosystems."),
    ),
]

# A listing's maturity, in order of readiness: the engine's maturity level is a value's position here.
MATURITIES: list[tuple[str, str]] = [
    ("concept", gettext_noop("Concept")),
    ("pilot", gettext_noop("Pilot")),
    ("deployed", gettext_noop("Deployed")),
]

REGIONS: list[tuple[str, str]] = [
    ("asia-pacific", gettext_noop("Asia-Pacific")),
    ("central-asia", gettext_noop("Central Asia & Eurasia")),
    ("middle-east", gettext_noop("Middle East")),
    ("africa", gettext_noop("Africa")),
    ("europe", gettext_noop("Europe")),
    ("latin-america", gettext_noop("Latin America & Caribbean")),
    ("north-america", gettext_noop("North America")),
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
