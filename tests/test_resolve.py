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
