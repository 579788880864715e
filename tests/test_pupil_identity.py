from go_hgw_desktop.services import pupils, school


def test_demo_store_fixture_has_pupils(demo_store):
    year = school.current_school_year(demo_store)
    assert len(pupils.list_pupils(demo_store, year)) >= 55


def test_update_pupil_keeps_code_and_school_whatever_the_caller_sends(store):
    created = pupils.create_pupil(store, pupils.Pupil(first_name="Ana-María", last_name="García",
                                                      birth_year=2016))
    edited = pupils.Pupil(id=created.id, first_name=" Ana-María ", last_name="García López",
                          birth_year=2016, code="LL-222222", school_id=None)
    saved = pupils.update_pupil(store, edited)
    again = pupils.get_pupil(store, created.id)
    assert (again.code, again.school_id) == (created.code, created.school_id)
    assert again.first_name == "Ana-María" and again.last_name == saved.last_name == "García López"
