"""factory-boy factories with realistic values, one module per app (reference rows are looked up, never
invented). Everything is importable from here: `from tests.factories import MemberCityFactory`."""

from tests.factories.accounts import MembershipApplicationFactory, ProfileFactory, UserFactory
from tests.factories.cities import CityChallengeFactory, MemberCityFactory
from tests.factories.introductions import IntroductionFactory
from tests.factories.matching import MatchFactory, current_run
from tests.factories.reference import language, region, sector
from tests.factories.startups import ReferenceDeploymentFactory, SolutionListingFactory, StartupFactory

__all__ = [
    "CityChallengeFactory",
    "IntroductionFactory",
    "MatchFactory",
    "MemberCityFactory",
    "MembershipApplicationFactory",
    "ProfileFactory",
    "ReferenceDeploymentFactory",
    "SolutionListingFactory",
    "StartupFactory",
    "UserFactory",
    "current_run",
    "language",
    "region",
    "sector",
]
