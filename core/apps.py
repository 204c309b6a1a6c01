from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Reference data"

    def ready(self) -> None:
        from django.urls import register_converter

        from core.ids import IdConverter

        register_converter(IdConverter, "id")  # before any URLconf is loaded (they load on first use)
