from go_hgw_desktop.services import pupils, school


def test_demo_store_fixture_has_pupils(demo_store):
    year = school.current_school_year(demo_store)
    assert len(pupils.list_pupils(demo_store, year)) >= 55
