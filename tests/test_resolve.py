from presskg.link.resolve import canonical_name, resolve, slug
from presskg.model import Entity, Extraction, Release


def test_resolve_slug_is_readable():
    assert slug("Jean-Yves Le Gall") == "Jean-Yves_Le_Gall"
    assert slug("Centre national d'études spatiales") == "Centre_national_d_etudes_spatiales"


def test_resolve_canonical_name_ignores_order():
    names = ["Monitoring Atmospheric composition", "MAGIC", "MAGIC campaigns"]
    assert canonical_name(names) == canonical_name(reversed(names)) == "MAGIC"
    assert canonical_name(["Le Gall", "Jean-Yves Le Gall"]) == "Jean-Yves Le Gall"


def _x(ident: str, label: str, aliases: set[str], cls: str = "Campaign") -> Extraction:
    ent = Entity("e:1", label, {cls}, aliases=aliases)
    return Extraction(Release(ident, "text"), (), {"e:1": ent}, [], [])


def test_resolve_same_thing_same_iri_across_releases_in_any_order():
    a = _x("a", "MAGIC", {"Monitoring Atmospheric composition"})
    b = _x("b", "Monitoring Atmospheric composition", set())
    one = resolve([a, b])
    two = resolve([b, a])
    iri = one[0].entities[0].iri
    assert iri == one[1].entities[0].iri == two[0].entities[0].iri == two[1].entities[0].iri
    assert iri.endswith("/MAGIC")


def test_resolve_same_name_other_category_is_another_thing():
    a = _x("a", "Hope", set(), "Mission")
    b = _x("b", "Hope", set(), "Person")
    ra, rb = resolve([a, b])
    assert ra.entities[0].iri != rb.entities[0].iri


def test_resolve_does_not_take_a_knowledge_base_iri():
    a = _x("a", "Mars", set(), "Mission")
    (r,) = resolve([a], kb_iris=frozenset({"https://w3id.org/presskg/resource/Mars"}))
    assert r.entities[0].iri != "https://w3id.org/presskg/resource/Mars"


def test_resolve_keeps_no_release_s_own_names_in_the_name_cache():
    """An event's label holds its release's identifier: resolving releases whose events are alike
    adds nothing to the cache of name keys for each new release (it kept some four entries a
    release to the build's end: issue 19)."""
    from presskg.extract.gazetteer import name_key
    from presskg.link.resolve import resolve_one

    def x(ident):
        event = Entity("e:2", f"bilateral meeting (2021-02-04) [{ident}]", {"Meeting"},
                       aliases={f"meeting [{ident}]"}, named=False)
        return Extraction(Release(ident, "text"), (), {"e:2": event}, [], [])

    resolve_one(x("first-release"), {})
    size = name_key.cache_info().currsize
    for i in range(5):
        (ent,) = resolve_one(x(f"release-{i}"), {}).entities
        assert ent.aliases == frozenset({f"meeting [release-{i}]"})
    assert name_key.cache_info().currsize == size
