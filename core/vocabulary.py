"""The reference vocabulary's names, marked for translation.

Sector and region rows are loaded from core/reference.py by a data migration and stored in English; pages
translate them with `gettext(name)` (the `vocabulary` template filter). makemessages only collects literal
strings, so the names are repeated here; tests/pages/test_i18n.py checks this list against core/reference.py.
"""

from django.utils.translation import gettext_noop

SECTOR_NAMES = [
    gettext_noop("E-government & administration"),
    gettext_noop("Mobility & transport"),
    gettext_noop("Environment & waste"),
    gettext_noop("Water"),
    gettext_noop("Energy"),
    gettext_noop("Safety & disaster response"),
    gettext_noop("Health & welfare"),
    gettext_noop("Education"),
    gettext_noop("Culture & tourism"),
    gettext_noop("Urban planning & infrastructure"),
    gettext_noop("Data & digital infrastructure"),
    gettext_noop("Economy & jobs"),
]

SECTOR_DESCRIPTIONS = [
    gettext_noop("Digital public services, permits, civic participation, back-office automation."),
    gettext_noop("Public transport, traffic management, parking, micromobility, logistics."),
    gettext_noop("Waste collection and recycling, air quality, noise, green spaces, circular economy."),
    gettext_noop("Drinking water networks, leak detection, flooding, wastewater treatment."),
    gettext_noop("Street lighting, building efficiency, renewables, smart grids, EV charging."),
    gettext_noop("Emergency response, early warning, CCTV analytics, fire and disaster resilience."),
    gettext_noop("Telecare, elderly care, public health monitoring, social services."),
    gettext_noop("Schools, digital learning, skills and lifelong learning."),
    gettext_noop("Visitor services, heritage, events, city branding."),
    gettext_noop("Digital twins, building permits, roads and bridges, housing, public works."),
    gettext_noop("Open data, IoT platforms, connectivity, cybersecurity, city data hubs."),
    gettext_noop("Local business support, employment services, startup ecosystems."),
]

REGION_NAMES = [
    gettext_noop("Asia-Pacific"),
    gettext_noop("Central Asia & Eurasia"),
    gettext_noop("Middle East"),
    gettext_noop("Africa"),
    gettext_noop("Europe"),
    gettext_noop("Latin America & Caribbean"),
    gettext_noop("North America"),
]
