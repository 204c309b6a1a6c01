"""Users, their profiles (the role) and membership applications."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.models import ApplicationKind, MembershipApplication, Profile, Role
from core.models import MembershipStatus
from tests.factories.startups import StartupFactory


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.PostGenerationMethodCall("set_password", "a-long-test-password")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):  # noqa: N805 - factory-boy's hook signature
        if create:
            obj.save()


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile

    user = factory.SubFactory(UserFactory)
    role = Role.CITY_OFFICIAL
    member_since = factory.LazyFunction(timezone.now)


class MembershipApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MembershipApplication

    kind = ApplicationKind.STARTUP
    startup = factory.SubFactory(StartupFactory, membership_status=MembershipStatus.PENDING, joined_on=None)
    applicant = factory.SubFactory(UserFactory)
    message = "We would like to join the association to work with member cities."
