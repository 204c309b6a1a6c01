"""Every HTML page of the portal. Each audience's pages keep their own URL namespace (`cities:`, `startups:`,
`accounts:`, `introductions:`), so a template names a page by who it is for."""

from django.urls import include, path

from portal.views import (
    accounts,
    cities,
    feedback,
    freshness,
    home,
    introductions,
    notifications,
    outcomes,
    responses,
    startups,
)

account_pages = [
    path("signup/", accounts.signup, name="signup"),
    path("signup/startup/", accounts.signup_startup, name="signup_startup"),
    path("signup/city/", accounts.signup_city, name="signup_city"),
    path("dashboard/", accounts.dashboard, name="dashboard"),
    path("secretariat/", accounts.secretariat_dashboard, name="secretariat"),
    path("secretariat/applications/", accounts.application_queue, name="application_queue"),
    path("secretariat/applications/<id:pk>/", accounts.application_detail, name="application_detail"),
    path("secretariat/decisions/", accounts.decision_history, name="decision_history"),
    path("secretariat/members/", accounts.member_list, name="member_list"),
    path("secretariat/members/<str:kind>/<id:pk>/", accounts.member_detail, name="member_detail"),
    path("secretariat/stale-profiles/", freshness.stale_profiles, name="stale_profiles"),
    path("apply-again/", accounts.reapply_page, name="reapply"),
]

city_pages = [
    path("cities/<id:pk>/", cities.city_detail, name="city_detail"),
    path("challenges/<id:pk>/", cities.challenge_detail, name="challenge_detail"),
    path("city/", cities.dashboard, name="dashboard"),
    path("city/profile/", cities.profile_edit, name="profile_edit"),
    path("city/challenges/", cities.challenges, name="challenges"),
    path("city/challenges/new/", cities.challenge_create, name="challenge_create"),
    path("city/challenges/<id:pk>/", cities.challenge_edit, name="challenge_edit"),
    path("city/challenges/<id:pk>/close/", cities.challenge_close, name="challenge_close"),
    path("city/challenges/<id:pk>/reopen/", cities.challenge_reopen, name="challenge_reopen"),
    path("city/startups/<id:startup_pk>/feedback/", feedback.mark, name="feedback_mark"),
    path("city/feedback/<id:pk>/undo/", feedback.undo, name="feedback_undo"),
]

startup_pages = [
    path("solutions/", startups.catalogue, name="catalogue"),
    path("solutions/<id:pk>/", startups.listing_detail, name="listing_detail"),
    path("startups/<id:pk>/", startups.startup_detail, name="startup_detail"),
    path("startup/", startups.dashboard, name="dashboard"),
    path("startup/profile/", startups.profile_edit, name="profile_edit"),
    path("startup/profile/current/", startups.profile_confirm_current, name="profile_confirm_current"),
    path("startup/listings/new/", startups.listing_create, name="listing_create"),
    path("startup/listings/<id:pk>/", startups.listing_edit, name="listing_edit"),
    path("startup/listings/<id:pk>/publish/", startups.listing_publish, name="listing_publish"),
    path("startup/listings/<id:pk>/unpublish/", startups.listing_unpublish, name="listing_unpublish"),
    path("startup/listings/<id:pk>/delete/", startups.listing_delete, name="listing_delete"),
    path("startup/listings/<id:pk>/concepts/<str:code>/hide/", startups.concept_hide, name="concept_hide"),
    path("startup/listings/<id:pk>/concepts/<str:code>/show/", startups.concept_show, name="concept_show"),
    path("startup/listings/<id:pk>/deployments/", startups.deployment_add, name="deployment_add"),
    path("startup/deployments/<id:pk>/remove/", startups.deployment_remove, name="deployment_remove"),
    path("startup/cities/", startups.cities_for_you, name="cities_for_you"),
    path("startup/challenges/", startups.challenges_that_fit, name="challenges_that_fit"),
]

introduction_pages = [
    path("introductions/", introductions.introductions, name="introductions"),
    path("introductions/<id:pk>/", introductions.introduction_detail, name="introduction_detail"),
    path("introductions/<id:pk>/respond/", introductions.introduction_respond, name="introduction_respond"),
    path(
        "introductions/<id:pk>/withdraw/", introductions.introduction_withdraw, name="introduction_withdraw"
    ),
    path("startups/<id:pk>/introduce/", introductions.introduction_request, name="introduction_request"),
]

notification_pages = [
    path("notifications/", notifications.notification_list, name="list"),
    path("notifications/<id:pk>/read/", notifications.notification_read, name="read"),
    path("notifications/read-all/", notifications.notification_read_all, name="read_all"),
    path("notifications/settings/", notifications.preferences, name="preferences"),
    path(
        "notifications/settings/confirm-again/", notifications.resend_confirmation, name="resend_confirmation"
    ),
    path("notifications/unsubscribe/<str:token>/", notifications.unsubscribe, name="unsubscribe"),
    path("accounts/confirm-email/<str:token>/", notifications.confirm_email, name="confirm_email"),
]

response_pages = [
    path("challenges/<id:pk>/respond/", responses.respond, name="respond"),
    path("city/challenges/<id:pk>/responses/", responses.challenge_responses, name="challenge_responses"),
    path("responses/<id:pk>/", responses.response_detail, name="response_detail"),
    path("responses/<id:pk>/shortlist/", responses.response_shortlist, name="response_shortlist"),
    path("responses/<id:pk>/ask/", responses.response_ask, name="response_ask"),
    path("responses/<id:pk>/decline/", responses.response_decline, name="response_decline"),
    path("responses/<id:pk>/introduce/", responses.response_introduce, name="response_introduce"),
    path("responses/<id:pk>/answer/", responses.response_answer, name="response_answer"),
]

outcome_pages = [
    path("introductions/<id:pk>/outcome/", outcomes.outcome_record, name="outcome_record"),
    path("secretariat/funnel/", outcomes.funnel, name="funnel"),
]

urlpatterns = [
    path("", home.home, name="home"),
    path("how-matching-works/", home.how_matching_works, name="how_matching_works"),
    path("", include((account_pages, "accounts"))),
    path("", include((city_pages, "cities"))),
    path("", include((startup_pages, "startups"))),
    path("", include((introduction_pages, "introductions"))),
    path("", include((notification_pages, "notifications"))),
    path("", include((response_pages, "responses"))),
    path("", include((outcome_pages, "outcomes"))),
]
