"""The fixed vocabularies: sectors, regions, languages. Public, small, not paginated."""

from rest_framework import viewsets
from rest_framework.permissions import AllowAny

from api.serializers.reference import LanguageSerializer, RegionSerializer, SectorSerializer
from core.models import Language, Region, Sector


class _ReferenceViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [AllowAny]
    pagination_class = None
    filter_backends: list = []
    lookup_field = "code"


class SectorViewSet(_ReferenceViewSet):
    """The smart-city sectors listings, challenges and cities' priorities are filed under."""

    queryset = Sector.objects.all()
    serializer_class = SectorSerializer


class RegionViewSet(_ReferenceViewSet):
    """The association's world regions."""

    queryset = Region.objects.all()
    serializer_class = RegionSerializer


class LanguageViewSet(_ReferenceViewSet):
    """ISO 639-1 languages."""

    queryset = Language.objects.all()
    serializer_class = LanguageSerializer
