/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The session the views bind to: one property change per user action, derived models kept right. */
#include "config.h"

#include "briefing-core.h"
#include "briefing-session.h"

static BriefingBundle *
load_sample (void)
{
  g_autofree char *path = g_build_filename (SOURCE_SAMPLES_DIR, "istanbul-talks-2025.bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();

  return briefing_bundle_reader_read_file (reader, file, NULL, NULL);
}

static BriefingEvent *
round_event (BriefingBundle *bundle,
             guint           round)
{
  GListModel *events = briefing_bundle_get_events (bundle);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);

      if (briefing_event_get_round (event) == round)
        return event;
    }
  g_assert_not_reached ();
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_selection_drives_positions (void)
{
  g_autoptr(BriefingBundle) bundle = load_sample ();
  g_autoptr(BriefingSession) session = briefing_session_new ();
  guint notified = 0;
  guint n_latest, n_round1;

  g_signal_connect (session, "notify::positions", G_CALLBACK (count_notify), &notified);
  briefing_session_set_bundle (session, bundle);
  g_assert_cmpuint (notified, ==, 1);
  n_latest = g_list_model_get_n_items (briefing_session_get_positions (session));
  g_assert_nonnull (briefing_session_get_convergence (session));

  briefing_session_set_selected_event (session, round_event (bundle, 1));
  g_assert_cmpuint (notified, ==, 2);
  n_round1 = g_list_model_get_n_items (briefing_session_get_positions (session));
  g_assert_cmpuint (n_round1, <, n_latest);

  /* The same selection again changes nothing. */
  briefing_session_set_selected_event (session, round_event (bundle, 1));
  g_assert_cmpuint (notified, ==, 2);

  briefing_session_set_selected_event (session, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_session_get_positions (session)), ==, n_latest);
}

static void
test_show_citation (void)
{
  g_autoptr(BriefingBundle) bundle = load_sample ();
  g_autoptr(BriefingSession) session = briefing_session_new ();
  BriefingEvent *round2;
  BriefingOutcome *outcome;
  BriefingCitation *citation;
  BriefingArticle *article;
  gsize start, end;

  briefing_session_set_bundle (session, bundle);
  round2 = round_event (bundle, 2);
  outcome = g_ptr_array_index (briefing_event_get_outcomes (round2), 0);
  citation = g_ptr_array_index (briefing_outcome_get_citations (outcome), 0);

  g_assert_true (briefing_session_show_citation (session, citation));
  article = briefing_session_get_selected_article (session);
  g_assert_cmpstr (briefing_article_get_id (article), ==, briefing_citation_get_source (citation));
  g_assert_true (briefing_citation_get_anchor (citation, &start, &end));
  g_assert_cmpint (briefing_session_get_quote_start (session), ==, start);
  g_assert_cmpint (briefing_session_get_quote_end (session), ==, end);

  /* Picking the article by hand shows it without the quote. */
  briefing_session_set_selected_article (session, NULL);
  briefing_session_set_selected_article (session, article);
  g_assert_cmpint (briefing_session_get_quote_start (session), ==, -1);

  /* A new bundle clears what belonged to the old one. */
  briefing_session_set_selected_event (session, round2);
  briefing_session_set_bundle (session, NULL);
  g_assert_null (briefing_session_get_selected_event (session));
  g_assert_null (briefing_session_get_selected_article (session));
  g_assert_cmpuint (g_list_model_get_n_items (briefing_session_get_positions (session)), ==, 0);
}

static void
test_search (void)
{
  g_autoptr(BriefingBundle) bundle = load_sample ();
  g_autoptr(BriefingSession) session = briefing_session_new ();
  GListModel *results = briefing_session_get_search_results (session);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  briefing_session_set_bundle (session, bundle);

  /* Queries typed before the index is ready run when it is; a newer query replaces an older one. */
  briefing_session_set_search_query (session, "zzzz");
  briefing_session_set_search_query (session, "Medinsky");
  g_assert_true (briefing_session_get_searching (session));
  while (briefing_session_get_searching (session))
    {
      g_main_context_iteration (NULL, TRUE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
  g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);

  briefing_session_set_search_query (session, "");
  g_assert_false (briefing_session_get_searching (session));
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/selection-drives-positions", test_selection_drives_positions);
  g_test_add_func ("/session/show-citation", test_show_citation);
  g_test_add_func ("/session/search", test_search);

  return g_test_run ();
}
