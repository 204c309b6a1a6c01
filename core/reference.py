"""The fixed vocabularies, as data. Migrations load them; the demo loader and the engine read them."""

SECTORS: list[tuple[str, str, str]] = [
    ("e-government", "E-government & administration",
     "Digital public services, permits, civic participation, back-office automation."),
    ("mobility", "Mobility & transport",
     "Public transport, traffic management, parking, micromobility, logistics."),
    ("environment", "Environment & waste",
     "Waste collection and recycling, air quality, noise, green spaces, circular economy."),
    ("water", "Water", "Drinking water networks, leak detection, flooding, wastewater treatment."),
    ("energy", "Energy", "Street lighting, building efficiency, renewables, smart grids, EV charging."),
    ("safety", "Safety & disaster response",
     "Emergency response, early warning, CCTV analytics, fire and disaster resilience."),
    ("health", "Health & welfare", "Telecare, elderly care, public health monitoring, social services."),
    ("education", "Education", "Schools, digital learning, skills and lifelong learning."),
    ("culture-tourism", "Culture & tourism", "Visitor services, heritage, events, city branding."),
    ("urban-planning", "Urban planning & infrastructure",
     "Digital twins, building permits, roads and bridges, housing, public works."),
    ("data-digital", "Data & digital infrastructure",
     "Open data, IoT platforms, connectivity, cybersecurity, city data hubs."),
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
