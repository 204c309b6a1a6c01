from django.urls import path

from cities import views

app_name = "cities"

urlpatterns = [
    path("cities/<int:pk>/", views.city_detail, name="city_detail"),
    path("challenges/<int:pk>/", views.challenge_detail, name="challenge_detail"),
    path("city/", views.dashboard, name="dashboard"),
    path("city/profile/", views.profile_edit, name="profile_edit"),
    path("city/challenges/", views.challenges, name="challenges"),
    path("city/challenges/new/", views.challenge_create, name="challenge_create"),
    path("city/challenges/<int:pk>/", views.challenge_edit, name="challenge_edit"),
    path("city/challenges/<int:pk>/close/", views.challenge_close, name="challenge_close"),
    path("city/challenges/<int:pk>/reopen/", views.challenge_reopen, name="challenge_reopen"),
]
