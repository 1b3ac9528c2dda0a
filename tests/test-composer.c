/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "composer-test-utils.h"

typedef struct
{
  char                    *dir;
  BriefingBundle          *bundle;
  BriefingAnnotationStore *store;
  BriefingExportOptions    options;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = make_temp_dir ();
  fixture->bundle = load_sample ();
  fixture->store = sample_store (fixture->dir, fixture->bundle);
  test_options_init (&fixture->options);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  briefing_export_options_clear (&fixture->options);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->bundle);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static BriefingComposition *
compose (Fixture *fixture)
{
  return briefing_compose (fixture->bundle, fixture->store, &fixture->options);
}

static char *
to_json_string (BriefingComposition *composition)
{
  return briefing_composition_to_json (composition, NULL);
}

static const char *
source_id (BriefingComposition *composition,
           guint                index)
{
  return briefing_article_get_id (((BriefingSource *) composition->sources->pdata[index])->article);
}

static const char *
event_id (BriefingComposition *composition,
          guint                index)
{
  return briefing_event_get_id (((BriefingComposedEvent *) composition->events->pdata[index])->event);
}

static BriefingComposedDemand *
demand_at (BriefingComposition *composition,
           guint                party,
           guint                index)
{
  return ((BriefingComposedParty *) composition->positions->pdata[party])->demands->pdata[index];
}

/* Source numbers of a statement: ascending, without repeats, all in the Sources section. */
static void
assert_sources (GArray              *sources,
                BriefingComposition *composition)
{
  for (guint i = 0; i < sources->len; i++)
    {
      guint n = g_array_index (sources, guint, i);

      g_assert_cmpuint (n, >=, 1);
      g_assert_cmpuint (n, <=, composition->sources->len);
      if (i > 0)
        g_assert_cmpuint (n, >, g_array_index (sources, guint, i - 1));
    }
}

static void
assert_cited (BriefingComposition *composition,
              GPtrArray           *citations)
{
  for (guint i = 0; citations != NULL && i < citations->len; i++)
    {
      const char *article = briefing_citation_get_source (citations->pdata[i]);
      gboolean found = FALSE;

      for (guint j = 0; j < composition->sources->len && !found; j++)
        found = g_str_equal (source_id (composition, j), article);
      g_assert_true (found);
    }
}

static void
assert_date (const BriefingDate *date,
             const char         *expected)
{
  g_autofree char *text = briefing_date_to_string (date);

  g_assert_cmpstr (text, ==, expected);
}

static guint
n_demands (BriefingComposition *composition)
{
  guint n = 0;

  for (guint i = 0; i < composition->positions->len; i++)
    n += ((BriefingComposedParty *) composition->positions->pdata[i])->demands->len;
  return n;
}

static void
test_everything (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(BriefingComposition) composition = compose (fixture);
  GListModel *events = briefing_bundle_get_events (fixture->bundle);
  GListModel *demands = briefing_bundle_get_demands (fixture->bundle);
  const char *party_order[] = { "ua", "ru", "tr", "us" };

  g_assert_cmpstr (composition->title, ==, briefing_bundle_get_title (fixture->bundle));
  g_assert_nonnull (composition->subject);
  g_assert_null (composition->prepared_by);
  g_assert_true (briefing_date_equal (&composition->date, &fixture->options.date));

  /* Every party, sides first. */
  g_assert_cmpuint (composition->parties->len, ==, G_N_ELEMENTS (party_order));
  for (guint i = 0; i < G_N_ELEMENTS (party_order); i++)
    g_assert_cmpstr (briefing_party_get_id (composition->parties->pdata[i]), ==, party_order[i]);

  /* Every event, in time order; the period runs from the first round to the August deadline. */
  g_assert_cmpuint (composition->events->len, ==, g_list_model_get_n_items (events));
  for (guint i = 1; i < composition->events->len; i++)
    {
      BriefingComposedEvent *before = composition->events->pdata[i - 1], *after = composition->events->pdata[i];

      g_assert_cmpint (briefing_event_compare (before->event, after->event), <, 0);
    }
  assert_date (&composition->period_start, "2025-05-16");
  assert_date (&composition->period_end, "2025-08");

  /* Every demand, and every article cited anywhere is a source. */
  g_assert_cmpuint (n_demands (composition), ==, g_list_model_get_n_items (demands));
  g_assert_cmpstr (briefing_event_get_id (composition->positions_at), ==, "e-leaders-august");
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);
      GPtrArray *outcomes = briefing_event_get_outcomes (event);

      assert_cited (composition, briefing_event_get_citations (event));
      for (guint j = 0; j < outcomes->len; j++)
        assert_cited (composition, briefing_outcome_get_citations (outcomes->pdata[j]));
    }
  for (guint i = 0; i < g_list_model_get_n_items (demands); i++)
    {
      g_autoptr(BriefingDemand) demand = g_list_model_get_item (demands, i);
      GPtrArray *responses = briefing_demand_get_responses (demand);

      assert_cited (composition, briefing_demand_get_citations (demand));
      for (guint j = 0; j < responses->len; j++)
        assert_cited (composition, briefing_response_get_citations (responses->pdata[j]));
    }

  /* Numbered from 1 without gaps, each article once. */
  g_assert_cmpuint (composition->sources->len, ==, 6);
  for (guint i = 0; i < composition->sources->len; i++)
    {
      BriefingSource *source = composition->sources->pdata[i];

      g_assert_cmpuint (source->number, ==, i + 1);
      for (guint j = 0; j < i; j++)
        g_assert_true (((BriefingSource *) composition->sources->pdata[j])->article != source->article);
    }

  /* Every statement's numbers are sources. */
  for (guint i = 0; i < composition->bottom_line->len; i++)
    assert_sources (((BriefingStatement *) composition->bottom_line->pdata[i])->sources, composition);
  for (guint i = 0; i < composition->events->len; i++)
    {
      BriefingComposedEvent *event = composition->events->pdata[i];

      assert_sources (event->sources, composition);
      for (guint j = 0; j < event->outcomes->len; j++)
        {
          BriefingComposedOutcome *outcome = event->outcomes->pdata[j];

          assert_sources (outcome->statement->sources, composition);
        }
    }
  for (guint i = 0; i < composition->positions->len; i++)
    {
      BriefingComposedParty *party = composition->positions->pdata[i];

      for (guint j = 0; j < party->demands->len; j++)
        {
          BriefingComposedDemand *demand = party->demands->pdata[j];

          g_assert_cmpstr (briefing_demand_get_party (demand->demand), ==,
                           briefing_party_get_id (party->party));
          g_assert_cmpuint (demand->statement->sources->len, >, 0);
          assert_sources (demand->statement->sources, composition);
          for (guint k = 0; k < demand->responses->len; k++)
            {
              BriefingComposedResponse *response = demand->responses->pdata[k];

              assert_sources (response->statement->sources, composition);
            }
        }
    }

  /* The convergence table: sides and the mediator, every issue with a standing. */
  g_assert_nonnull (composition->convergence);
  g_assert_cmpuint (composition->convergence_parties->len, ==, 3);
  g_assert_cmpuint (g_strv_length (composition->convergence_issues), ==, 5);
}

static void
test_numbering_order (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(BriefingComposition) all = compose (fixture);
  g_autoptr(BriefingComposition) without_bottom_line = NULL;
  g_autoptr(BriefingComposition) annotations_only = NULL;
  BriefingComposedAnnotation *item;

  /* The bottom line comes first and cites the third round's article. */
  g_assert_cmpstr (source_id (all, 0), ==, "a-round3");
  g_assert_cmpstr (source_id (all, 1), ==, "a-round1");

  /* Without it, the timeline's first event does. */
  fixture->options.sections &= ~BRIEFING_SECTION_BOTTOM_LINE;
  without_bottom_line = compose (fixture);
  g_assert_cmpstr (source_id (without_bottom_line, 0), ==, "a-round1");

  /* An annotated article is a source even when nothing else cites it. */
  fixture->options.sections = BRIEFING_SECTION_ANNOTATIONS | BRIEFING_SECTION_SOURCES;
  annotations_only = compose (fixture);
  g_assert_cmpuint (annotations_only->sources->len, ==, 4);
  item = ((BriefingAnnotationGroup *) annotations_only->annotations->pdata[0])->items->pdata[0];
  g_assert_cmpstr (briefing_annotation_get_target_id (item->annotation), ==, "a-round1");
  g_assert_cmpuint (item->source, ==, 1);
  g_assert_cmpstr (source_id (annotations_only, 0), ==, "a-round1");
}

static void
test_sections_off (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BriefingComposition) cover = NULL;
  g_autoptr(BriefingComposition) unsourced = NULL;

  fixture->options.sections = BRIEFING_SECTION_COVER;
  cover = compose (fixture);
  g_assert_cmpuint (cover->sections, ==, BRIEFING_SECTION_COVER);
  g_assert_cmpuint (cover->bottom_line->len, ==, 0);
  g_assert_cmpuint (cover->events->len, ==, 0);
  g_assert_cmpuint (cover->positions->len, ==, 0);
  g_assert_null (cover->positions_at);
  g_assert_null (cover->convergence);
  g_assert_cmpuint (cover->questions->len, ==, 0);
  g_assert_cmpuint (cover->annotations->len, ==, 0);
  g_assert_cmpuint (cover->sources->len, ==, 0);
  /* What every section refers to is there all the same. */
  g_assert_cmpuint (cover->parties->len, ==, 4);
  g_assert_true (briefing_date_is_set (&cover->period_start));
  g_assert_cmpstr (briefing_event_get_id (cover->latest_round), ==, "e-round3");
  g_assert_false (briefing_composition_section_is_empty (cover, BRIEFING_SECTION_TIMELINE));

  /* Without Sources, nothing carries a number. */
  fixture->options.sections = BRIEFING_SECTION_ALL & ~BRIEFING_SECTION_SOURCES;
  unsourced = compose (fixture);
  g_assert_cmpuint (unsourced->sources->len, ==, 0);
  g_assert_cmpuint (unsourced->events->len, >, 0);
  for (guint i = 0; i < unsourced->events->len; i++)
    g_assert_cmpuint (((BriefingComposedEvent *) unsourced->events->pdata[i])->sources->len, ==, 0);
  for (guint i = 0; i < unsourced->bottom_line->len; i++)
    g_assert_cmpuint (((BriefingStatement *) unsourced->bottom_line->pdata[i])->sources->len, ==, 0);
  for (guint i = 0; i < unsourced->annotations->len; i++)
    {
      GPtrArray *items = ((BriefingAnnotationGroup *) unsourced->annotations->pdata[i])->items;

      for (guint j = 0; j < items->len; j++)
        g_assert_cmpuint (((BriefingComposedAnnotation *) items->pdata[j])->source, ==, 0);
    }
}

static void
assert_event_ids (BriefingComposition *composition,
                  const char * const  *ids)
{
  g_assert_cmpuint (composition->events->len, ==, g_strv_length ((char **) ids));
  for (guint i = 0; ids[i] != NULL; i++)
    g_assert_cmpstr (event_id (composition, i), ==, ids[i]);
}

static void
test_date_range (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(BriefingComposition) may = NULL;
  g_autoptr(BriefingComposition) august = NULL;
  const char *may_events[] = { "e-round1", "e-exchange-may", NULL };
  const char *june_end[] = { "e-leaders-june", NULL };

  fixture->options.from = parse_date ("2025-05");
  fixture->options.to = parse_date ("2025-05");
  may = compose (fixture);
  assert_event_ids (may, may_events);
  g_assert_cmpstr (briefing_event_get_id (may->latest_round), ==, "e-round1");
  g_assert_cmpstr (briefing_event_get_id (may->positions_at), ==, "e-exchange-may");
  assert_date (&may->period_start, "2025-05-16");
  assert_date (&may->period_end, "2025-05-25");
  /* Only what the first round put on the table, new there. */
  g_assert_cmpuint (n_demands (may), ==, 2);
  g_assert_cmpint (demand_at (may, 0, 0)->change, ==, BRIEFING_CHANGE_NEW);
  /* The bottom line is the first round's. */
  g_assert_nonnull (strstr (((BriefingStatement *) may->bottom_line->pdata[0])->text, "1,000"));
  /* Questions on the bundle, on a demand on the table and on an event of the period all stay. */
  g_assert_cmpuint (may->questions->len, ==, 3);

  /* Overlap counts: the June meeting window (20–30 June) reaches into a range starting 25 June. */
  briefing_export_options_clear (&fixture->options);
  test_options_init (&fixture->options);
  fixture->options.from = parse_date ("2025-06-25");
  fixture->options.to = parse_date ("2025-06-30");
  august = compose (fixture);
  assert_event_ids (august, june_end);
  g_assert_null (august->latest_round);
  g_assert_cmpuint (august->bottom_line->len, ==, 0);
  g_assert_true (briefing_composition_section_is_empty (august, BRIEFING_SECTION_BOTTOM_LINE));
  g_assert_cmpstr (briefing_section_get_empty_text (BRIEFING_SECTION_BOTTOM_LINE), !=, "");
}

static void
test_event_ids (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BriefingComposition) composition = NULL;
  const char *ids[] = { "e-round1", "e-round2", NULL };

  fixture->options.event_ids = g_strdupv ((char **) (const char *[]) { "e-round2", "e-round1", NULL });
  composition = compose (fixture);
  assert_event_ids (composition, ids);
  g_assert_cmpstr (briefing_event_get_id (composition->latest_round), ==, "e-round2");
  /* The question on the first round stays; notes on events not shown go. */
  for (guint i = 0; i < composition->annotations->len; i++)
    {
      GPtrArray *items = ((BriefingAnnotationGroup *) composition->annotations->pdata[i])->items;

      for (guint j = 0; j < items->len; j++)
        {
          BriefingAnnotation *annotation = ((BriefingComposedAnnotation *) items->pdata[j])->annotation;

          if (briefing_annotation_get_target_kind (annotation) == BRIEFING_TARGET_EVENT)
            g_assert_cmpstr (briefing_annotation_get_target_id (annotation), ==, "e-round2");
        }
    }
}

static void
test_party_filter (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BriefingComposition) composition = NULL;

  fixture->options.party_ids = g_strdupv ((char **) (const char *[]) { "tr", "ru", NULL });
  composition = compose (fixture);

  g_assert_cmpuint (composition->parties->len, ==, 2);
  g_assert_cmpstr (briefing_party_get_id (composition->parties->pdata[0]), ==, "ru");
  g_assert_cmpstr (briefing_party_get_id (composition->parties->pdata[1]), ==, "tr");

  for (guint i = 0; i < composition->events->len; i++)
    {
      BriefingComposedEvent *event = composition->events->pdata[i];

      for (guint j = 0; j < event->participants->len; j++)
        g_assert_cmpstr (briefing_party_get_id (event->participants->pdata[j]), !=, "ua");
    }

  g_assert_cmpuint (composition->positions->len, ==, 2);
  for (guint i = 0; i < composition->positions->len; i++)
    {
      BriefingComposedParty *party = composition->positions->pdata[i];

      g_assert_cmpstr (briefing_party_get_id (party->party), !=, "ua");
      for (guint j = 0; j < party->demands->len; j++)
        {
          BriefingComposedDemand *demand = party->demands->pdata[j];

          for (guint k = 0; k < demand->responses->len; k++)
            {
              BriefingComposedResponse *response = demand->responses->pdata[k];

              g_assert_cmpstr (briefing_party_get_id (response->party), !=, "ua");
            }
        }
    }
  for (guint i = 0; i < composition->convergence_parties->len; i++)
    g_assert_cmpstr (briefing_party_get_id (composition->convergence_parties->pdata[i]), !=, "ua");
  /* The question on a demand of Ukraine goes with it. */
  g_assert_cmpuint (composition->questions->len, ==, 2);
}

static void
test_bottom_line (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(BriefingComposition) composition = NULL;
  BriefingStatement *agreed, *not_agreed, *open;

  fixture->options.summary = g_strdup ("Humanitarian track only.");
  composition = compose (fixture);
  g_assert_cmpstr (briefing_event_get_id (composition->latest_round), ==, "e-round3");
  g_assert_cmpuint (composition->bottom_line->len, ==, 3);
  agreed = composition->bottom_line->pdata[0];
  not_agreed = composition->bottom_line->pdata[1];
  open = composition->bottom_line->pdata[2];
  g_assert_cmpstr (agreed->text, ==, "Agreed: Exchange of 1,200 more prisoners on each side.");
  g_assert_true (g_str_has_prefix (not_agreed->text, "Not agreed: "));
  g_assert_nonnull (strstr (not_agreed->text, "Ceasefire"));
  g_assert_true (g_str_has_prefix (open->text, "Pending or proposed: Three online working groups"));
  g_assert_cmpuint (agreed->sources->len, ==, 1);
  g_assert_cmpuint (g_array_index (agreed->sources, guint, 0), ==, 1);
  g_assert_cmpstr (composition->summary, ==, "Humanitarian track only.");
}

static void
test_changes (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(BriefingComposition) composition = compose (fixture);
  const struct { const char *id; BriefingChange change; } expected[] = {
    { "d-ua-ceasefire", BRIEFING_CHANGE_NONE },
    { "d-ua-leaders", BRIEFING_CHANGE_REITERATED },
    { "d-ua-civilians", BRIEFING_CHANGE_NEW },
    { "d-ru-pauses", BRIEFING_CHANGE_REITERATED },
    { "d-ru-sequence", BRIEFING_CHANGE_ANSWERED },
    { "d-ru-working-groups", BRIEFING_CHANGE_NEW },
  };

  for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < composition->positions->len; i++)
        {
          GPtrArray *demands = ((BriefingComposedParty *) composition->positions->pdata[i])->demands;

          for (guint j = 0; j < demands->len; j++)
            {
              BriefingComposedDemand *demand = demands->pdata[j];

              if (!g_str_equal (briefing_demand_get_id (demand->demand), expected[e].id))
                continue;
              found = TRUE;
              g_assert_cmpint (demand->change, ==, expected[e].change);
              /* Answers given at the third round are the changed ones. */
              for (guint k = 0; k < demand->responses->len; k++)
                {
                  BriefingComposedResponse *response = demand->responses->pdata[k];

                  g_assert_cmpint (response->changed, ==, g_str_equal (expected[e].id, "d-ua-civilians") ||
                                                          g_str_equal (expected[e].id, "d-ru-pauses") ||
                                                          g_str_equal (expected[e].id, "d-ru-sequence") ||
                                                          g_str_equal (expected[e].id, "d-ru-working-groups"));
                }
            }
        }
      g_assert_true (found);
    }
}

/* A demand dropped during the period is shown as dropped; one dropped before it is not shown. */
static void
test_dropped (void)
{
  g_autoptr(BriefingBundle) bundle = briefing_bundle_new ("drops", "Drops");
  const char *dates[] = { "2025-01-10", "2025-02-10", "2025-03-10" };
  BriefingExportOptions options;
  g_autoptr(BriefingComposition) all = NULL;
  g_autoptr(BriefingComposition) late = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(BriefingParty) party = briefing_party_new (i == 0 ? "a" : "b", i == 0 ? "A" : "B",
                                                           BRIEFING_PARTY_ROLE_PARTY);
      briefing_bundle_add_party (bundle, party);
    }
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *id = g_strdup_printf ("r%u", i + 1);
      BriefingDate date = parse_date (dates[i]);
      g_autoptr(BriefingEvent) event = briefing_event_new (id, BRIEFING_EVENT_KIND_TALKS, id, &date);

      briefing_event_add_participant (event, "a");
      briefing_event_add_participant (event, "b");
      briefing_bundle_add_event (bundle, event);
    }
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(BriefingDemand) demand = briefing_demand_new (i == 0 ? "d-early" : "d-late", "a", "Something",
                                                              "other");
      briefing_demand_set_first_stated (demand, "r1");
      briefing_demand_set_withdrawn (demand, i == 0 ? "r1" : "r2");
      briefing_bundle_add_demand (bundle, demand);
    }

  test_options_init (&options);
  all = briefing_compose (bundle, NULL, &options);
  g_assert_cmpuint (all->positions->len, ==, 1);
  g_assert_cmpuint (((BriefingComposedParty *) all->positions->pdata[0])->demands->len, ==, 2);
  g_assert_cmpint (demand_at (all, 0, 1)->change, ==, BRIEFING_CHANGE_DROPPED);

  options.from = parse_date ("2025-02");
  late = briefing_compose (bundle, NULL, &options);
  g_assert_cmpuint (late->positions->len, ==, 1);
  g_assert_cmpuint (((BriefingComposedParty *) late->positions->pdata[0])->demands->len, ==, 1);
  g_assert_cmpstr (briefing_demand_get_id (demand_at (late, 0, 0)->demand), ==, "d-late");
  briefing_export_options_clear (&options);
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(BriefingComposition) first = compose (fixture);
  g_autoptr(BriefingComposition) second = compose (fixture);
  g_autofree char *a = to_json_string (first);
  g_autofree char *b = to_json_string (second);

  g_assert_cmpstr (a, ==, b);
  for (BriefingExportFormat format = BRIEFING_EXPORT_JSON; format <= BRIEFING_EXPORT_MARKDOWN; format++)
    {
      g_autofree char *x = briefing_export_to_data (first, format, NULL);
      g_autofree char *y = briefing_export_to_data (second, format, NULL);

      g_assert_cmpstr (x, ==, y);
    }
}

static void
test_questions (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BriefingComposition) composition = compose (fixture);
  BriefingComposedQuestion *q;

  g_assert_cmpuint (composition->questions->len, ==, 3);

  q = composition->questions->pdata[0];
  g_assert_cmpstr (q->text, ==, "Date for a leaders’ meeting?");
  g_assert_cmpstr (q->owner, ==, "Desk B");
  g_assert_cmpstr (q->about, ==, "A meeting between Presidents Zelensky and Putin");
  g_assert_true (q->overdue);

  /* "August 2025" runs to the end of the month. */
  q = composition->questions->pdata[1];
  g_assert_cmpstr (q->text, ==, "Will a fourth round be held?");
  g_assert_cmpstr (q->owner, ==, "Ukraine");
  g_assert_null (q->about);
  g_assert_false (q->overdue);

  q = composition->questions->pdata[2];
  g_assert_null (briefing_annotation_get_deadline (q->annotation));
  g_assert_null (q->owner);
  g_assert_cmpstr (q->about, ==, "First round of direct talks");
  g_assert_false (q->overdue);
}

static void
test_overdue_on_the_day (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(BriefingComposition) on_the_day = NULL;
  g_autoptr(BriefingComposition) day_after = NULL;

  fixture->options.date = parse_date ("2025-06-30");
  on_the_day = compose (fixture);
  g_assert_false (((BriefingComposedQuestion *) on_the_day->questions->pdata[0])->overdue);
  fixture->options.date = parse_date ("2025-07-01");
  day_after = compose (fixture);
  g_assert_true (((BriefingComposedQuestion *) day_after->questions->pdata[0])->overdue);
}

static void
assert_group (BriefingComposition *composition,
              guint                index,
              const char          *label,
              const char          *color,
              const char * const  *targets)
{
  BriefingAnnotationGroup *group = composition->annotations->pdata[index];

  g_assert_cmpstr (group->label, ==, label);
  g_assert_cmpstr (group->color, ==, color);
  g_assert_cmpuint (group->items->len, ==, g_strv_length ((char **) targets));
  for (guint i = 0; targets[i] != NULL; i++)
    {
      BriefingComposedAnnotation *item = group->items->pdata[i];

      g_assert_cmpstr (briefing_annotation_get_target_id (item->annotation), ==, targets[i]);
      g_assert_cmpint (briefing_annotation_get_kind (item->annotation), !=, BRIEFING_ANNOTATION_KIND_QUESTION);
    }
}

static void
test_group_by_color (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(BriefingComposition) composition = NULL;
  BriefingComposedAnnotation *item;

  briefing_annotation_store_set_label (fixture->store, "red", "Refusal");
  composition = compose (fixture);

  g_assert_cmpint (composition->grouping, ==, BRIEFING_GROUP_BY_COLOR);
  g_assert_cmpuint (composition->annotations->len, ==, 4);
  /* Reading order: articles in the bundle's order, then notes on events, then on demands. */
  assert_group (composition, 0, "Key point", "yellow", (const char *[]) { "a-round1", "a-round3", NULL });
  assert_group (composition, 1, "Refusal", "red", (const char *[]) { "a-round2-long", NULL });
  assert_group (composition, 2, "Agreement", "green", (const char *[]) { "e-round2", NULL });
  assert_group (composition, 3, "No colour", NULL, (const char *[]) { "a-drones", "d-ru-pauses", NULL });

  item = ((BriefingAnnotationGroup *) composition->annotations->pdata[0])->items->pdata[0];
  g_assert_cmpstr (item->quote, ==, "agreed to exchange 1,000 prisoners of war for 1,000");
  g_assert_cmpstr (item->about, ==, "First direct Russia–Ukraine talks since 2022 end with a prisoner deal");
  g_assert_cmpuint (item->source, ==, 2);
  item = ((BriefingAnnotationGroup *) composition->annotations->pdata[2])->items->pdata[0];
  g_assert_null (item->quote);
  g_assert_cmpstr (item->about, ==, "Second round of direct talks");
  g_assert_cmpuint (item->source, ==, 0);
}

static void
test_group_by_tag (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BriefingComposition) composition = NULL;

  fixture->options.grouping = BRIEFING_GROUP_BY_TAG;
  composition = compose (fixture);

  g_assert_cmpint (composition->grouping, ==, BRIEFING_GROUP_BY_TAG);
  g_assert_cmpuint (composition->annotations->len, ==, 4);
  assert_group (composition, 0, "ceasefire", NULL, (const char *[]) { "a-round2-long", "d-ru-pauses", NULL });
  assert_group (composition, 1, "exchange", NULL, (const char *[]) { "a-round1", "a-round3", NULL });
  assert_group (composition, 2, "prisoners", NULL, (const char *[]) { "a-round1", NULL });
  assert_group (composition, 3, "Untagged", NULL, (const char *[]) { "a-drones", "e-round2", NULL });
}

static void
test_without_annotations (void)
{
  g_autoptr(BriefingBundle) bundle = load_sample ();
  g_autoptr(BriefingComposition) composition = NULL;
  BriefingExportOptions options;

  test_options_init (&options);
  composition = briefing_compose (bundle, NULL, &options);
  g_assert_cmpuint (composition->questions->len, ==, 0);
  g_assert_cmpuint (composition->annotations->len, ==, 0);
  g_assert_true (briefing_composition_section_is_empty (composition, BRIEFING_SECTION_QUESTIONS));
  g_assert_true (briefing_composition_section_is_empty (composition, BRIEFING_SECTION_ANNOTATIONS));
  g_assert_false (briefing_composition_section_is_empty (composition, BRIEFING_SECTION_COVER));

  /* Options are optional. */
  g_clear_pointer (&composition, briefing_composition_unref);
  composition = briefing_compose (bundle, NULL, NULL);
  g_assert_cmpuint (composition->sections, ==, BRIEFING_SECTION_ALL);
  g_assert_true (briefing_date_is_set (&composition->date));
  briefing_export_options_clear (&options);
}

static void
test_sections_parse (void)
{
  BriefingSections sections = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (briefing_sections_parse ("cover, timeline,sources", &sections, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sections, ==,
                    BRIEFING_SECTION_COVER | BRIEFING_SECTION_TIMELINE | BRIEFING_SECTION_SOURCES);
  g_assert_true (briefing_sections_parse ("all", &sections, NULL));
  g_assert_cmpuint (sections, ==, BRIEFING_SECTION_ALL);

  for (BriefingSections s = BRIEFING_SECTION_COVER; s & BRIEFING_SECTION_ALL; s <<= 1)
    {
      g_assert_true (briefing_sections_parse (briefing_section_to_nick (s), &sections, NULL));
      g_assert_cmpuint (sections, ==, s);
      g_assert_nonnull (briefing_section_get_title (s));
    }

  sections = BRIEFING_SECTION_COVER;
  g_assert_false (briefing_sections_parse ("cover,appendix", &sections, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "“appendix”"));
  g_assert_cmpuint (sections, ==, BRIEFING_SECTION_COVER);
  g_clear_error (&error);
  g_assert_false (briefing_sections_parse ("", &sections, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/composer/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("everything", test_everything);
  ADD ("numbering-order", test_numbering_order);
  ADD ("sections-off", test_sections_off);
  ADD ("date-range", test_date_range);
  ADD ("event-ids", test_event_ids);
  ADD ("party-filter", test_party_filter);
  ADD ("bottom-line", test_bottom_line);
  ADD ("changes", test_changes);
  ADD ("deterministic", test_deterministic);
  ADD ("questions", test_questions);
  ADD ("overdue-on-the-day", test_overdue_on_the_day);
  ADD ("group-by-color", test_group_by_color);
  ADD ("group-by-tag", test_group_by_tag);
#undef ADD
  g_test_add_func ("/composer/dropped", test_dropped);
  g_test_add_func ("/composer/without-annotations", test_without_annotations);
  g_test_add_func ("/composer/sections-parse", test_sections_parse);

  return g_test_run ();
}
