from django.urls import path

from matching import views

app_name = "matching"

urlpatterns = [
    path("introductions/", views.introductions, name="introductions"),
    path("introductions/<int:pk>/", views.introduction_detail, name="introduction_detail"),
    path("introductions/<int:pk>/respond/", views.introduction_respond, name="introduction_respond"),
    path("startups/<int:pk>/introduce/", views.introduction_request, name="introduction_request"),
]
