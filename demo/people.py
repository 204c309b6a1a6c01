"""The demo's people: the names and job titles its users are given."""

FIRST_NAMES = [
    "Ji-woo",
    "Min-jun",
    "Seo-yeon",
    "Camila",
    "Mateus",
    "Amara",
    "Aigerim",
    "Nodira",
    "Linh",
    "Rizal",
    "Sofia",
    "Tomás",
    "Ana",
    "Kwame",
]
LAST_NAMES = [
    "Kim",
    "Lee",
    "Park",
    "Choi",
    "Rojas",
    "Silva",
    "Okafor",
    "Nurlanova",
    "Karimova",
    "Nguyen",
    "Santoso",
    "García",
    "Costa",
    "Mensah",
]
CITY_TITLES = [
    "Smart City Policy Officer",
    "Head of Digital Transformation",
    "Innovation Procurement Lead",
    "Deputy Director, Urban Services",
]
STARTUP_TITLES = ["Founder & CEO", "Head of Partnerships", "Public Sector Lead", "COO"]
