from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("signup/startup/", views.signup_startup, name="signup_startup"),
    path("signup/city/", views.signup_city, name="signup_city"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("secretariat/", views.secretariat_dashboard, name="secretariat"),
    path("secretariat/applications/", views.application_queue, name="application_queue"),
    path("secretariat/applications/<int:pk>/", views.application_detail, name="application_detail"),
    path("secretariat/decisions/", views.decision_history, name="decision_history"),
]
