from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = "Notifications"

    def ready(self) -> None:
        # the delivery task is queued by its name (notifications.services): register it in every process
        from notifications import checks, tasks  # noqa: F401 (the deploy checks, too)
