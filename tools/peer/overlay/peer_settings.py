"""Settings for running the original backend locally as a benchmark peer (DJANGO_SETTINGS_MODULE=peer_settings).

The original's settings.py is imported unchanged (apps, middleware, DRF's JWT authentication, the DEBUG=False
security settings); only what a local run needs is pinned here, whatever the environment holds.
"""
from datetime import timedelta

from backend import settings as _original
from backend.settings import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "original-backend-local-peer"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
# The original's own fallback when DATABASE_URL is unset (production used PostgreSQL through it).
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": _original.BASE_DIR / "db.sqlite3"}}
# Access tokens live 60 minutes in the original; a benchmark on both databases can take longer.
SIMPLE_JWT = dict(_original.SIMPLE_JWT, ACCESS_TOKEN_LIFETIME=timedelta(days=7))
