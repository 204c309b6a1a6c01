from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "matching"
    verbose_name = "Matching"

    def ready(self) -> None:
        # Registers the tasks in every process (web, worker, commands), so the outbox can queue the drain
        # by its name without importing the tasks module.
        from matching import tasks  # noqa: F401
