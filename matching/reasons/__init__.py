"""Why a startup and a city were matched: one package for the reasons' codes (codes.py), how the worker
builds them from the engine's evidence when it stores matches (build.py), and how pages and the API put them
into words in the reader's language (render.py)."""
