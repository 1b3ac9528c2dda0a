/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-core.h"

/* Three rounds between A and B, mediated by M:
 *   d-truce   (A, ceasefire)  stated r1, said again r2, B rejects at r1, accepts at r3
 *   d-land    (B, territory)  stated r1, withdrawn r3, A rejects at r1
 *   d-talks   (A, political)  stated r2, M accepts at r2
 * Events are added out of time order on purpose. */
static BriefingBundle *
make_bundle (void)
{
  BriefingBundle *bundle = briefing_bundle_new ("rounds", "Rounds");
  const struct { const char *id, *date; } rounds[] = { { "r3", "2025-07-01" }, { "r1", "2025-05-01" }, { "r2", "2025-06-01" } };
  const struct { const char *id, *party, *category, *first, *withdrawn; } demands[] = {
    { "d-truce", "a", "ceasefire", "r1", NULL },
    { "d-land", "b", "territory", "r1", "r3" },
    { "d-talks", "a", "political", "r2", NULL },
  };
  const struct { const char *demand, *party, *event; BriefingStance stance; } responses[] = {
    { "d-truce", "b", "r1", BRIEFING_STANCE_REJECTS },
    { "d-truce", "b", "r3", BRIEFING_STANCE_ACCEPTS },
    { "d-land", "a", "r1", BRIEFING_STANCE_REJECTS },
    { "d-talks", "m", "r2", BRIEFING_STANCE_ACCEPTS },
  };
  const struct { const char *id; BriefingPartyRole role; } parties[] = {
    { "a", BRIEFING_PARTY_ROLE_PARTY }, { "m", BRIEFING_PARTY_ROLE_MEDIATOR }, { "b", BRIEFING_PARTY_ROLE_PARTY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (parties); i++)
    {
      g_autoptr(BriefingParty) party = briefing_party_new (parties[i].id, parties[i].id, parties[i].role);

      briefing_bundle_add_party (bundle, party);
    }

  for (guint i = 0; i < G_N_ELEMENTS (rounds); i++)
    {
      BriefingDate date;
      g_autoptr(BriefingEvent) event = NULL;

      g_assert_true (briefing_date_parse (rounds[i].date, &date, NULL));
      event = briefing_event_new (rounds[i].id, BRIEFING_EVENT_KIND_TALKS, rounds[i].id, &date);
      briefing_bundle_add_event (bundle, event);
    }

  for (guint i = 0; i < G_N_ELEMENTS (demands); i++)
    {
      g_autoptr(BriefingDemand) demand = briefing_demand_new (demands[i].id, demands[i].party, demands[i].id,
                                                              demands[i].category);

      briefing_demand_set_first_stated (demand, demands[i].first);
      briefing_demand_set_withdrawn (demand, demands[i].withdrawn);
      if (g_str_equal (demands[i].id, "d-truce"))
        briefing_demand_add_reiterated (demand, "r2");
      briefing_bundle_add_demand (bundle, demand);
    }

  for (guint i = 0; i < G_N_ELEMENTS (responses); i++)
    {
      g_autoptr(BriefingResponse) response = briefing_response_new (responses[i].party, responses[i].event,
                                                                    responses[i].stance);

      briefing_demand_add_response (briefing_bundle_lookup_demand (bundle, responses[i].demand), response);
    }

  return bundle;
}

static BriefingPosition *
find (GListModel *positions,
      const char *demand_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(BriefingPosition) position = g_list_model_get_item (positions, i);

      if (g_str_equal (briefing_demand_get_id (briefing_position_get_demand (position)), demand_id))
        return position;
    }
  return NULL;
}

static void
assert_position (GListModel     *positions,
                 const char     *demand_id,
                 BriefingChange  change,
                 const char     *party,
                 int             stance)
{
  BriefingPosition *position = find (positions, demand_id);
  BriefingResponse *response;

  g_assert_nonnull (position);
  g_assert_cmpint (briefing_position_get_change (position), ==, change);
  if (party == NULL)
    return;

  response = briefing_position_get_response (position, party);
  if (stance < 0)
    g_assert_null (response);
  else
    {
      g_assert_nonnull (response);
      g_assert_cmpint (briefing_response_get_stance (response), ==, stance);
    }
}

static void
test_events_in_order (void)
{
  g_autoptr(BriefingBundle) bundle = make_bundle ();
  g_autoptr(GPtrArray) ordered = briefing_bundle_dup_events_in_order (bundle);

  g_assert_cmpuint (ordered->len, ==, 3);
  g_assert_cmpstr (briefing_event_get_id (ordered->pdata[0]), ==, "r1");
  g_assert_cmpstr (briefing_event_get_id (ordered->pdata[1]), ==, "r2");
  g_assert_cmpstr (briefing_event_get_id (ordered->pdata[2]), ==, "r3");
}

static void
test_positions_by_round (void)
{
  g_autoptr(BriefingBundle) bundle = make_bundle ();
  g_autoptr(GListModel) at1 = briefing_positions_at (bundle, briefing_bundle_lookup_event (bundle, "r1"));
  g_autoptr(GListModel) at2 = briefing_positions_at (bundle, briefing_bundle_lookup_event (bundle, "r2"));
  g_autoptr(GListModel) at3 = briefing_positions_at (bundle, briefing_bundle_lookup_event (bundle, "r3"));
  g_autoptr(GListModel) latest = briefing_positions_at (bundle, NULL);

  /* Round 1: two new demands, each rejected there. */
  g_assert_cmpuint (g_list_model_get_n_items (at1), ==, 2);
  assert_position (at1, "d-truce", BRIEFING_CHANGE_NEW, "b", BRIEFING_STANCE_REJECTS);
  assert_position (at1, "d-land", BRIEFING_CHANGE_NEW, "a", BRIEFING_STANCE_REJECTS);
  g_assert_null (find (at1, "d-talks"));

  /* Round 2: the truce said again, B's refusal still stands; a new demand answered by M. */
  g_assert_cmpuint (g_list_model_get_n_items (at2), ==, 3);
  assert_position (at2, "d-truce", BRIEFING_CHANGE_REITERATED, "b", BRIEFING_STANCE_REJECTS);
  assert_position (at2, "d-land", BRIEFING_CHANGE_NONE, "a", BRIEFING_STANCE_REJECTS);
  assert_position (at2, "d-talks", BRIEFING_CHANGE_NEW, "m", BRIEFING_STANCE_ACCEPTS);

  /* Round 3: B now accepts the truce; B drops its territorial demand. */
  assert_position (at3, "d-truce", BRIEFING_CHANGE_ANSWERED, "b", BRIEFING_STANCE_ACCEPTS);
  assert_position (at3, "d-land", BRIEFING_CHANGE_DROPPED, NULL, 0);
  assert_position (at3, "d-talks", BRIEFING_CHANGE_NONE, "b", -1);

  /* Nothing selected: the latest state, the dropped demand still listed as such. */
  g_assert_cmpuint (g_list_model_get_n_items (latest), ==, 3);
  assert_position (latest, "d-truce", BRIEFING_CHANGE_NONE, "b", BRIEFING_STANCE_ACCEPTS);
  assert_position (latest, "d-land", BRIEFING_CHANGE_DROPPED, NULL, 0);
}

static void
test_disputed_flag (void)
{
  g_autoptr(BriefingBundle) bundle = make_bundle ();
  g_autoptr(BriefingDispute) dispute = briefing_dispute_new ("Accounts differ");
  g_autoptr(GListModel) positions = NULL;
  BriefingDemand *demand = briefing_bundle_lookup_demand (bundle, "d-talks");

  briefing_response_set_disputed (g_ptr_array_index (briefing_demand_get_responses (demand), 0), dispute);
  positions = briefing_positions_at (bundle, NULL);
  g_assert_true (briefing_position_is_disputed (find (positions, "d-talks")));
  g_assert_false (briefing_position_is_disputed (find (positions, "d-truce")));
}

static void
test_convergence (void)
{
  g_autoptr(BriefingBundle) bundle = make_bundle ();
  g_autoptr(BriefingConvergence) at1 = briefing_convergence_new (bundle, briefing_bundle_lookup_event (bundle, "r1"));
  g_autoptr(BriefingConvergence) latest = briefing_convergence_new (bundle, NULL);
  const char * const *categories;
  GPtrArray *parties;

  categories = briefing_convergence_get_categories (at1);
  g_assert_cmpstr (categories[0], ==, "ceasefire");
  g_assert_cmpstr (categories[1], ==, "territory");
  g_assert_null (categories[2]);
  g_assert_cmpint (briefing_convergence_get_standing (at1, "ceasefire", "a"), ==, BRIEFING_STANDING_DEMANDS);
  g_assert_cmpint (briefing_convergence_get_standing (at1, "ceasefire", "b"), ==, BRIEFING_STANDING_REJECTS);
  g_assert_cmpint (briefing_convergence_get_standing (at1, "ceasefire", "m"), ==, BRIEFING_STANDING_NONE);
  g_assert_false (briefing_convergence_is_agreed (at1, "ceasefire"));

  /* A's own demand on the truce shows first; its refusal of B's territorial demand is its answer. */
  g_assert_cmpint (briefing_convergence_get_answers (at1, "ceasefire", "a"), ==, BRIEFING_STANDING_NONE);
  g_assert_cmpint (briefing_convergence_get_answers (at1, "ceasefire", "b"), ==, BRIEFING_STANDING_REJECTS);
  g_assert_cmpint (briefing_convergence_get_answers (at1, "territory", "a"), ==, BRIEFING_STANDING_REJECTS);
  g_assert_cmpint (briefing_convergence_get_answers (at1, "territory", "m"), ==, BRIEFING_STANDING_NONE);

  /* Sides first, then the mediator. */
  parties = briefing_convergence_get_parties (latest);
  g_assert_cmpuint (parties->len, ==, 3);
  g_assert_cmpstr (briefing_party_get_id (parties->pdata[0]), ==, "a");
  g_assert_cmpstr (briefing_party_get_id (parties->pdata[1]), ==, "b");
  g_assert_cmpstr (briefing_party_get_id (parties->pdata[2]), ==, "m");

  /* By the end B accepts the truce; the dropped territorial demand is no longer an issue. */
  g_assert_cmpint (briefing_convergence_get_standing (latest, "ceasefire", "b"), ==, BRIEFING_STANDING_ACCEPTS);
  g_assert_true (briefing_convergence_is_agreed (latest, "ceasefire"));
  g_assert_cmpint (briefing_convergence_get_standing (latest, "territory", "b"), ==, BRIEFING_STANDING_NONE);
  g_assert_cmpuint (briefing_convergence_get_count (latest, "ceasefire", "a"), ==, 1);
}

static BriefingBundle *
read_sample (void)
{
  g_autofree char *path = g_build_filename (SOURCE_SAMPLES_DIR, "istanbul-talks-2025.bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  BriefingBundle *bundle = briefing_bundle_reader_read_file (reader, file, NULL, NULL);

  g_assert_nonnull (bundle);
  return bundle;
}

/* Every cell the same as of each event of the sample, whether the convergence works out the
 * positions itself or is given them (as the session does, which shows them too). */
static void
assert_same_convergence (BriefingConvergence *a,
                         BriefingConvergence *b)
{
  const char * const *categories = briefing_convergence_get_categories (a);
  GPtrArray *parties = briefing_convergence_get_parties (a);

  g_assert_cmpstrv (categories, briefing_convergence_get_categories (b));
  g_assert_cmpuint (parties->len, ==, briefing_convergence_get_parties (b)->len);
  for (guint p = 0; p < parties->len; p++)
    {
      const char *party = briefing_party_get_id (parties->pdata[p]);

      g_assert_true (briefing_convergence_get_parties (b)->pdata[p] == parties->pdata[p]);
      for (guint c = 0; categories[c] != NULL; c++)
        {
          g_assert_cmpint (briefing_convergence_get_standing (a, categories[c], party), ==,
                           briefing_convergence_get_standing (b, categories[c], party));
          g_assert_cmpint (briefing_convergence_get_answers (a, categories[c], party), ==,
                           briefing_convergence_get_answers (b, categories[c], party));
          g_assert_cmpuint (briefing_convergence_get_count (a, categories[c], party), ==,
                            briefing_convergence_get_count (b, categories[c], party));
        }
    }
}

static void
test_convergence_from_positions (void)
{
  g_autoptr(BriefingBundle) bundle = read_sample ();
  g_autoptr(GPtrArray) events = briefing_bundle_dup_events_in_order (bundle);
  guint cells = 0;

  /* As of each event, then after the last one. */
  for (guint i = 0; i <= events->len; i++)
    {
      BriefingEvent *at = i < events->len ? events->pdata[i] : NULL;
      g_autoptr(GListModel) positions = briefing_positions_at (bundle, at);
      g_autoptr(BriefingConvergence) own = briefing_convergence_new (bundle, at);
      g_autoptr(BriefingConvergence) given = briefing_convergence_new_for_positions (bundle, positions);

      assert_same_convergence (own, given);
      cells += g_strv_length ((char **) briefing_convergence_get_categories (own)) *
               briefing_convergence_get_parties (own)->len;
    }
  /* The sample has demands and answers to compare, not empty tables. */
  g_assert_cmpuint (cells, >, 10);
}

static void
test_sample_rounds (void)
{
  g_autoptr(BriefingBundle) bundle = read_sample ();
  g_autoptr(GPtrArray) ordered = briefing_bundle_dup_events_in_order (bundle);
  guint previous = 0;

  /* The panels have something to show at every event, and more as the talks go on. */
  for (guint i = 0; i < ordered->len; i++)
    {
      g_autoptr(GListModel) positions = briefing_positions_at (bundle, ordered->pdata[i]);
      guint n = g_list_model_get_n_items (positions);

      g_assert_cmpuint (n, >=, previous);
      previous = n;
    }
  g_assert_cmpuint (previous, >=, 12);

  /* At the second round Russia both asks for pauses and refuses Ukraine's ceasefire: the standing
   * says it demands, the answers that it rejects. */
  {
    g_autoptr(BriefingConvergence) at2 = briefing_convergence_new (bundle, briefing_bundle_lookup_event (bundle, "e-round2"));

    g_assert_cmpint (briefing_convergence_get_standing (at2, "ceasefire", "ru"), ==, BRIEFING_STANDING_DEMANDS);
    g_assert_cmpint (briefing_convergence_get_answers (at2, "ceasefire", "ru"), ==, BRIEFING_STANDING_REJECTS);
    g_assert_cmpint (briefing_convergence_get_answers (at2, "ceasefire", "ua"), ==, BRIEFING_STANDING_NONE);
    g_assert_cmpint (briefing_convergence_get_answers (at2, "political", "ru"), ==, BRIEFING_STANDING_CONDITIONAL);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/positions/events-in-order", test_events_in_order);
  g_test_add_func ("/positions/by-round", test_positions_by_round);
  g_test_add_func ("/positions/disputed", test_disputed_flag);
  g_test_add_func ("/positions/convergence", test_convergence);
  g_test_add_func ("/positions/convergence-from-positions", test_convergence_from_positions);
  g_test_add_func ("/positions/sample-rounds", test_sample_rounds);

  return g_test_run ();
}
