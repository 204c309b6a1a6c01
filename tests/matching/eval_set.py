"""A small hand-labelled evaluation set: member cities with their needs, startups with one solution each, and
for each city the startups a secretariat expert would put forward (grade 2: answers the city's challenge;
grade 1: a sound partner for the city's priorities). Same-sector distractors are on purpose: they are
what a sector-only match gets wrong.

Used by `python manage.py eval_matching` and by tests/matching/test_eval.py."""

from __future__ import annotations

# key: (name, country, region, population, languages, priority sectors, profile, [(challenge title, text,
# sectors)])
CITIES: dict[str, tuple] = {
    "seoul": (
        "Seoul",
        "KR",
        "asia-pacific",
        9_400_000,
        ["ko", "en"],
        ["environment", "mobility"],
        "Seoul runs apartment-heavy districts and wants less waste and cleaner, faster buses.",
        [
            (
                "Cut food waste in apartment blocks",
                "Apartment complexes produce most of our food waste. We want weighing bins with RFID cards "
                "so households pay by the weight of the food waste they throw away.",
                ["environment"],
            )
        ],
    ),
    "medellin": (
        "Medellín",
        "CO",
        "latin-america",
        2_500_000,
        ["es", "en"],
        ["safety", "water"],
        "Medellín's hillside neighbourhoods face landslides and flooding in the rainy season.",
        [
            (
                "Landslide early warning for hillside neighbourhoods",
                "Rain-triggered landslides threaten informal settlements on steep slopes. We need slope "
                "sensors, rain gauges and SMS alerts so residents can evacuate in time.",
                ["safety"],
            )
        ],
    ),
    "kigali": (
        "Kigali",
        "RW",
        "africa",
        1_100_000,
        ["en", "fr", "rw"],
        ["water", "e-government"],
        "Kigali is growing fast and loses much of its treated drinking water to leaks.",
        [
            (
                "Find leaks in the drinking water network",
                "Non-revenue water is above 35 percent. We need acoustic leak detection and pressure "
                "monitoring on water mains to find and fix pipe leaks faster.",
                ["water"],
            )
        ],
    ),
    "almaty": (
        "Almaty",
        "KZ",
        "central-asia",
        2_000_000,
        ["ru", "kk", "en"],
        ["environment", "energy"],
        "Almaty sits in a mountain basin where winter smog from coal heating is a public health issue.",
        [
            (
                "Map winter air pollution street by street",
                "Coal heating causes winter smog. We want a dense network of low-cost air quality sensors "
                "for PM2.5 and an open dashboard to target clean-heating subsidies.",
                ["environment"],
            )
        ],
    ),
    "makati": (
        "Makati",
        "PH",
        "asia-pacific",
        630_000,
        ["en", "tl"],
        ["mobility", "e-government"],
        "Makati is a dense business district where traffic congestion costs hours every day.",
        [
            (
                "Reduce congestion at business district intersections",
                "Fixed-time traffic signals cannot cope with peak traffic. We want adaptive traffic signal "
                "control that retimes green phases from live traffic counts.",
                ["mobility"],
            )
        ],
    ),
    "tashkent": (
        "Tashkent",
        "UZ",
        "central-asia",
        2_900_000,
        ["uz", "ru"],
        ["e-government", "health"],
        "Tashkent is moving its public services online and caring for an ageing population.",
        [
            (
                "One portal for building permits",
                "Building permit applications still go through paper files in several offices. We want "
                "an online permit portal with digital forms, document upload and status tracking.",
                ["e-government", "urban-planning"],
            )
        ],
    ),
    "lisbon": (
        "Lisbon",
        "PT",
        "europe",
        550_000,
        ["pt", "en"],
        ["energy", "culture-tourism"],
        "Lisbon wants lower public energy bills and better visitor management in its historic centre.",
        [
            (
                "Cut the electricity bill of street lighting",
                "Old sodium streetlights burn all night. We want smart LED street lighting with dimming "
                "and remote monitoring to cut municipal electricity use.",
                ["energy"],
            )
        ],
    ),
    "busan": (
        "Busan",
        "KR",
        "asia-pacific",
        3_400_000,
        ["ko", "en"],
        ["health", "safety"],
        "Busan has the oldest population of Korea's big cities and many elderly people living alone.",
        [
            (
                "Check on elderly residents who live alone",
                "Thousands of older residents live alone. We want remote care with motion sensors and "
                "daily check-in calls that alert social workers when something is wrong.",
                ["health"],
            )
        ],
    ),
}

# key: (country, languages, target regions, listing title, text, sectors, maturity 0-2,
#       [(deployment region, population)])
STARTUPS: dict[str, tuple] = {
    "foodloop": (
        "FI",
        ["en", "ko"],
        ["asia-pacific", "europe"],
        "FoodLoop weighing bins",
        "RFID food waste weighing bins for apartment blocks; households pay by weight.",
        ["environment"],
        2,
        [("asia-pacific", 390_000), ("europe", 650_000)],
    ),
    "compostiq": (
        "KR",
        ["ko", "en"],
        ["asia-pacific"],
        "CompostIQ",
        "Organic food waste composting with sensors that track apartment food waste volumes.",
        ["environment"],
        1,
        [("asia-pacific", 1_000_000)],
    ),
    "airmesh": (
        "EE",
        ["en", "ru"],
        ["central-asia", "europe"],
        "AirMesh",
        "Low-cost air quality sensors measuring PM2.5 with an open pollution dashboard.",
        ["environment"],
        2,
        [("europe", 450_000), ("central-asia", 1_500_000)],
    ),
    "noisewatch": (
        "FR",
        ["fr", "en"],
        ["europe", "africa"],
        "NoiseWatch",
        "Acoustic sensors that map night-time noise from bars and traffic for city inspectors.",
        ["environment"],
        2,
        [("europe", 500_000)],
    ),
    "treecanopy": (
        "US",
        ["en"],
        ["north-america"],
        "CanopyView",
        "Satellite mapping of tree canopy and urban heat islands for greening plans.",
        ["environment", "urban-planning"],
        1,
        [],
    ),
    "slopesense": (
        "KR",
        ["ko", "en", "es"],
        ["latin-america", "asia-pacific"],
        "SlopeSense",
        "Slope tilt sensors and rain gauges for landslide early warning with SMS alerts to residents.",
        ["safety"],
        2,
        [("asia-pacific", 800_000), ("latin-america", 2_000_000)],
    ),
    "firecam": (
        "IL",
        ["en"],
        ["europe", "north-america"],
        "FireCam",
        "Camera-based wildfire smoke detection on towers, alerting fire brigades.",
        ["safety"],
        2,
        [("europe", 300_000)],
    ),
    "crowdsafe": (
        "GB",
        ["en"],
        ["europe"],
        "CrowdSafe",
        "CCTV analytics that count crowds at events and flag crushes to police control rooms.",
        ["safety"],
        1,
        [],
    ),
    "floodcast": (
        "NL",
        ["en", "es"],
        ["latin-america", "europe"],
        "FloodCast",
        "River level sensors and rainfall forecasts that warn of flash floods and landslides.",
        ["safety", "water"],
        1,
        [("europe", 250_000)],
    ),
    "leakfinder": (
        "KR",
        ["ko", "en", "fr"],
        ["africa", "asia-pacific"],
        "LeakFinder",
        "Acoustic leak detection with hydrophones on water mains and pressure monitoring.",
        ["water"],
        2,
        [("asia-pacific", 2_400_000), ("africa", 900_000)],
    ),
    "aquabill": (
        "IN",
        ["en"],
        ["asia-pacific", "africa"],
        "AquaBill",
        "Smart water meters and billing software for utilities.",
        ["water"],
        2,
        [("asia-pacific", 1_200_000)],
    ),
    "stormgrid": (
        "DK",
        ["en"],
        ["europe"],
        "StormGrid",
        "Sensors in storm drains that predict urban flooding during heavy rain.",
        ["water"],
        1,
        [],
    ),
    "greenwave": (
        "SG",
        ["en"],
        ["asia-pacific"],
        "GreenWave signals",
        "Adaptive traffic signal control that retimes green phases from live traffic counts.",
        ["mobility"],
        2,
        [("asia-pacific", 700_000)],
    ),
    "parkpal": (
        "ES",
        ["es", "en"],
        ["europe", "latin-america"],
        "ParkPal",
        "Parking sensors and an app that guides drivers to free parking spaces.",
        ["mobility"],
        2,
        [("europe", 800_000)],
    ),
    "busclock": (
        "KR",
        ["ko", "en"],
        ["asia-pacific"],
        "BusClock",
        "Real-time bus arrival information and bus fleet tracking for transit agencies.",
        ["mobility"],
        2,
        [("asia-pacific", 3_000_000)],
    ),
    "scootshare": (
        "DE",
        ["en"],
        ["europe"],
        "ScootShare",
        "Shared electric scooters with geofenced parking zones.",
        ["mobility"],
        2,
        [("europe", 600_000)],
    ),
    "permitflow": (
        "EE",
        ["en", "ru"],
        ["central-asia", "europe"],
        "PermitFlow",
        "Online building permit portal with digital forms, document upload and status tracking.",
        ["e-government", "urban-planning"],
        2,
        [("europe", 430_000)],
    ),
    "civicvote": (
        "BR",
        ["pt", "en"],
        ["latin-america"],
        "CivicVote",
        "Participatory budgeting platform where residents propose and vote on projects.",
        ["e-government"],
        2,
        [("latin-america", 1_500_000)],
    ),
    "docubot": (
        "IN",
        ["en"],
        ["asia-pacific"],
        "DocuBot",
        "Chatbot answering residents' questions about municipal services.",
        ["e-government"],
        1,
        [],
    ),
    "lumio": (
        "PT",
        ["pt", "en"],
        ["europe"],
        "Lumio street lighting",
        "Smart LED street lighting with dimming and remote monitoring to cut electricity use.",
        ["energy"],
        2,
        [("europe", 300_000)],
    ),
    "solarroof": (
        "MA",
        ["fr", "en"],
        ["africa", "europe"],
        "SolarRoof",
        "Rooftop solar panels for public schools with performance monitoring.",
        ["energy"],
        2,
        [("africa", 3_000_000)],
    ),
    "chargehub": (
        "FR",
        ["fr", "en"],
        ["europe"],
        "ChargeHub",
        "Electric vehicle charging stations managed for municipal car parks.",
        ["energy"],
        2,
        [("europe", 500_000)],
    ),
    "carecall": (
        "KR",
        ["ko"],
        ["asia-pacific"],
        "CareCall",
        "Remote care for elderly people living alone: motion sensors and daily check-in calls "
        "alerting social workers.",
        ["health"],
        2,
        [("asia-pacific", 2_500_000)],
    ),
    "clinicq": (
        "VN",
        ["vi", "en"],
        ["asia-pacific"],
        "ClinicQ",
        "Queue management and appointment booking for public clinics.",
        ["health"],
        2,
        [("asia-pacific", 1_000_000)],
    ),
    "mosquitomap": (
        "BR",
        ["pt", "es"],
        ["latin-america"],
        "MosquitoMap",
        "Traps and maps that track dengue mosquito populations for health departments.",
        ["health", "environment"],
        1,
        [],
    ),
    "tourguide": (
        "IT",
        ["en"],
        ["europe"],
        "CityStory",
        "Audio guides and visitor flow counting for historic centres.",
        ["culture-tourism"],
        2,
        [("europe", 1_000_000)],
    ),
}

# Grades per city: 2 answers the challenge, 1 a sound partner; every other startup is 0.
JUDGEMENTS: dict[str, dict[str, int]] = {
    "seoul": {"foodloop": 2, "compostiq": 2, "busclock": 1, "greenwave": 1},
    "medellin": {"slopesense": 2, "floodcast": 2, "stormgrid": 1},
    "kigali": {"leakfinder": 2, "aquabill": 1, "stormgrid": 1, "permitflow": 1},
    "almaty": {"airmesh": 2, "noisewatch": 1, "solarroof": 1},
    "makati": {"greenwave": 2, "parkpal": 1, "busclock": 1, "docubot": 1},
    "tashkent": {"permitflow": 2, "docubot": 1, "clinicq": 1, "carecall": 1},
    "lisbon": {"lumio": 2, "chargehub": 1, "solarroof": 1, "tourguide": 1},
    "busan": {"carecall": 2, "clinicq": 1, "slopesense": 1},
}
