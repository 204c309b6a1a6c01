"""The real-worker fixtures of tests/matching and tests/notifications (a worker, an SMTP server)."""

from tests.matching.conftest import workers  # noqa: F401 (fixture)
from tests.notifications.conftest import mail_workers, smtp_server  # noqa: F401 (fixtures)
