from django.urls import path

from startups import views

app_name = "startups"

urlpatterns = [
    path("solutions/", views.catalogue, name="catalogue"),
    path("solutions/<int:pk>/", views.listing_detail, name="listing_detail"),
    path("startups/<int:pk>/", views.startup_detail, name="startup_detail"),
    path("startup/", views.dashboard, name="dashboard"),
    path("startup/profile/", views.profile_edit, name="profile_edit"),
    path("startup/listings/new/", views.listing_create, name="listing_create"),
    path("startup/listings/<int:pk>/", views.listing_edit, name="listing_edit"),
    path("startup/listings/<int:pk>/publish/", views.listing_publish, name="listing_publish"),
    path("startup/listings/<int:pk>/unpublish/", views.listing_unpublish, name="listing_unpublish"),
    path("startup/listings/<int:pk>/delete/", views.listing_delete, name="listing_delete"),
    path("startup/listings/<int:pk>/deployments/", views.deployment_add, name="deployment_add"),
    path("startup/deployments/<int:pk>/remove/", views.deployment_remove, name="deployment_remove"),
    path("startup/cities/", views.cities_for_you, name="cities_for_you"),
    path("startup/challenges/", views.challenges_that_fit, name="challenges_that_fit"),
]
