from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from portal.views import passwords
from wego_portal import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/reset/", passwords.PasswordResetView.as_view(), name="password_reset"),
    path(
        "accounts/password/reset/sent/", passwords.PasswordResetDoneView.as_view(), name="password_reset_done"
    ),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        passwords.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("accounts/password/change/", passwords.PasswordChangeView.as_view(), name="password_change"),
    path(
        "accounts/password/change/done/",
        passwords.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("", include("portal.urls")),
    path("api/", include("api.urls")),
]

handler400 = "wego_portal.errors.bad_request"
handler403 = "wego_portal.errors.permission_denied"
handler404 = "wego_portal.errors.page_not_found"
handler500 = "wego_portal.errors.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
