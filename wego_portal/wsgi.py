import os

from django.core.wsgi import get_wsgi_application

from core.runtime import settle_memory

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wego_portal.settings")
application = get_wsgi_application()
settle_memory()  # in each worker (or once before the fork with gunicorn --preload)
