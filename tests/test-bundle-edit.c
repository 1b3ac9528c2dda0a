/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "briefing-core.h"

typedef struct
{
  BriefingUndoContext *undo;
  BriefingDocument    *document;
  BriefingBundle      *bundle;
  guint                changes;  /* items-changed emissions of any collection */
} Fixture;

static void
on_items_changed (Fixture *fixture)
{
  fixture->changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BriefingArticle) article = briefing_article_new ("art1", "Talks end without a truce");
  const char * const paragraphs[] = {
    "Arland and Borduria agreed to swap 50 prisoners each.",
    "Arland called for a 30-day truce; Borduria refused it.",
    NULL,
  };
  BriefingDate published = { .year = 2025, .month = 6, .day = 2, .precision = BRIEFING_DATE_PRECISION_DAY };
  GListModel *models[4];

  fixture->undo = briefing_undo_context_new ();
  fixture->document = briefing_document_new_empty ("Example talks", "en", fixture->undo);
  fixture->bundle = briefing_document_get_bundle (fixture->document);

  briefing_article_set_publisher (article, "Example Wire");
  briefing_article_set_published (article, &published);
  briefing_article_set_paragraphs (article, paragraphs);
  g_assert_true (briefing_document_add_article (fixture->document, article, NULL));

  models[0] = briefing_bundle_get_parties (fixture->bundle);
  models[1] = briefing_bundle_get_events (fixture->bundle);
  models[2] = briefing_bundle_get_demands (fixture->bundle);
  models[3] = briefing_bundle_get_articles (fixture->bundle);
  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    g_signal_connect_swapped (models[i], "items-changed", G_CALLBACK (on_items_changed), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->document);
  g_clear_object (&fixture->undo);
}

static BriefingCitation *
cite (const char *exact)
{
  return briefing_citation_new ("art1", exact);
}

static BriefingParty *
add_party (Fixture    *fixture,
           const char *id,
           const char *name)
{
  g_autoptr(BriefingParty) party = briefing_party_new (id, name, BRIEFING_PARTY_ROLE_PARTY);
  g_autoptr(GError) error = NULL;

  g_assert_true (briefing_document_add_party (fixture->document, party, &error));
  g_assert_no_error (error);
  return briefing_bundle_lookup_party (fixture->bundle, id);
}

static BriefingEvent *
add_event (Fixture    *fixture,
           const char *id,
           const char *title)
{
  BriefingDate start = { .year = 2025, .month = 6, .day = 2, .precision = BRIEFING_DATE_PRECISION_DAY };
  g_autoptr(BriefingEvent) event = briefing_event_new (id, BRIEFING_EVENT_KIND_TALKS, title, &start);
  g_autoptr(GError) error = NULL;

  briefing_event_add_participant (event, "a");
  briefing_event_add_participant (event, "b");
  g_assert_true (briefing_document_add_event (fixture->document, event, &error));
  g_assert_no_error (error);
  return briefing_bundle_lookup_event (fixture->bundle, id);
}

static BriefingDemand *
add_demand (Fixture *fixture)
{
  g_autoptr(BriefingDemand) demand = briefing_demand_new ("d1", "a", "A 30-day truce", "ceasefire");
  g_autoptr(BriefingCitation) citation = cite ("called for a 30-day truce");
  g_autoptr(GError) error = NULL;

  briefing_demand_set_first_stated (demand, "r1");
  briefing_demand_add_citation (demand, citation);
  g_assert_true (briefing_document_add_demand (fixture->document, demand, &error));
  g_assert_no_error (error);
  return briefing_bundle_lookup_demand (fixture->bundle, "d1");
}

/* A bundle with two parties, an event and a demand. */
static void
populate (Fixture *fixture)
{
  add_party (fixture, "a", "Arland");
  add_party (fixture, "b", "Borduria");
  add_event (fixture, "r1", "First round");
  add_demand (fixture);
}

/* Writes the document, reads the file back with the reader: valid, and equal to what was edited. */
static void
assert_saves_and_reads_back (Fixture *fixture)
{
  g_autofree char *dir = g_dir_make_tmp ("briefing-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "edited.bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) read = NULL;
  g_autoptr(GError) error = NULL;

  briefing_document_save (fixture->document, file, &error);
  g_assert_no_error (error);
  g_assert_false (briefing_document_get_modified (fixture->document));
  g_assert_true (briefing_document_get_file (fixture->document) == file ||
                 g_file_equal (briefing_document_get_file (fixture->document), file));

  read = briefing_bundle_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (briefing_bundle_reader_get_n_errors (reader), ==, 0);
  g_assert_true (briefing_bundle_equal (read, fixture->bundle));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_add_and_undo (Fixture       *fixture,
                   gconstpointer  data)
{
  /* The article added at set-up is a change already. */
  g_assert_true (briefing_document_get_modified (fixture->document));

  add_party (fixture, "a", "Arland");
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_parties (fixture->bundle)), ==, 1);
  g_assert_true (briefing_document_get_modified (fixture->document));
  g_assert_cmpstr (briefing_undo_context_get_undo_label (fixture->undo), ==, "Add Party");

  g_assert_true (briefing_undo_context_undo (fixture->undo));
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_parties (fixture->bundle)), ==, 0);
  g_assert_null (briefing_bundle_lookup (fixture->bundle, "a"));
  /* The article added at set-up is the first change: still there, still modified. */
  g_assert_true (briefing_document_get_modified (fixture->document));

  g_assert_true (briefing_undo_context_redo (fixture->undo));
  g_assert_nonnull (briefing_bundle_lookup_party (fixture->bundle, "a"));

  /* Undoing everything comes back to the state of the new bundle: not modified. */
  g_assert_true (briefing_undo_context_undo (fixture->undo));
  g_assert_true (briefing_undo_context_undo (fixture->undo));
  g_assert_false (briefing_document_get_modified (fixture->document));
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_articles (fixture->bundle)), ==, 0);
}

static void
test_every_operation (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingParty) party = NULL;
  g_autoptr(BriefingEvent) event = NULL;
  g_autoptr(BriefingDemand) demand = NULL;
  g_autoptr(BriefingOutcome) outcome = briefing_outcome_new ("A prisoner swap", BRIEFING_OUTCOME_STATUS_AGREED);
  g_autoptr(BriefingOutcome) outcome2 = NULL;
  g_autoptr(BriefingCitation) citation = cite ("agreed to swap 50 prisoners");
  g_autoptr(BriefingResponse) response = briefing_response_new ("b", "r1", BRIEFING_STANCE_REJECTS);
  g_autoptr(BriefingCitation) refusal = cite ("Borduria refused it");
  g_autoptr(BriefingResponse) response2 = NULL;
  g_autofree char *before_all = NULL;
  g_autofree char *after_all = NULL;
  guint steps = 0;

  before_all = briefing_bundle_to_data (fixture->bundle, NULL);
  populate (fixture);
  steps += 4;

  /* Change a party: the copy takes the original's place, at the same position. */
  party = briefing_party_copy (briefing_bundle_lookup_party (fixture->bundle, "b"), NULL);
  briefing_party_set_short_name (party, "BO");
  briefing_party_set_color (party, "#c01c28");
  g_assert_true (briefing_document_change_party (fixture->document, briefing_bundle_lookup_party (fixture->bundle, "b"),
                                                 party, &error));
  g_assert_no_error (error);
  g_assert_true (briefing_bundle_lookup_party (fixture->bundle, "b") == party);
  g_assert_true (g_list_model_get_item (briefing_bundle_get_parties (fixture->bundle), 1) == (gpointer) party);
  g_object_unref (party);
  steps++;

  /* Outcome: add, change, remove. */
  briefing_outcome_add_citation (outcome, citation);
  g_assert_true (briefing_document_add_outcome (fixture->document, briefing_bundle_lookup_event (fixture->bundle, "r1"),
                                                outcome, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (briefing_event_get_outcomes (briefing_bundle_lookup_event (fixture->bundle, "r1"))->len, ==, 1);
  outcome2 = briefing_outcome_copy (outcome);
  briefing_outcome_set_status (outcome2, BRIEFING_OUTCOME_STATUS_DISCUSSED);
  g_assert_true (briefing_document_change_outcome (fixture->document,
                                                   briefing_bundle_lookup_event (fixture->bundle, "r1"), 0,
                                                   outcome2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (briefing_outcome_get_status (briefing_event_get_outcomes (briefing_bundle_lookup_event (fixture->bundle, "r1"))->pdata[0]),
                   ==, BRIEFING_OUTCOME_STATUS_DISCUSSED);
  steps += 2;

  /* Response: add, change. */
  briefing_response_add_citation (response, refusal);
  g_assert_true (briefing_document_add_response (fixture->document, briefing_bundle_lookup_demand (fixture->bundle, "d1"),
                                                 response, &error));
  g_assert_no_error (error);
  response2 = briefing_response_copy (response);
  briefing_response_set_note (response2, "Not before a withdrawal");
  g_assert_true (briefing_document_change_response (fixture->document,
                                                    briefing_bundle_lookup_demand (fixture->bundle, "d1"), 0,
                                                    response2, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (briefing_response_get_note (briefing_demand_get_responses (briefing_bundle_lookup_demand (fixture->bundle, "d1"))->pdata[0]),
                   ==, "Not before a withdrawal");
  steps += 2;

  /* Event and demand changed through copies. */
  event = briefing_event_copy (briefing_bundle_lookup_event (fixture->bundle, "r1"), NULL);
  briefing_event_set_title (event, "First round in Geneva");
  briefing_event_set_location (event, "Geneva");
  g_assert_true (briefing_document_change_event (fixture->document, briefing_bundle_lookup_event (fixture->bundle, "r1"),
                                                 event, &error));
  g_assert_no_error (error);
  demand = briefing_demand_copy (briefing_bundle_lookup_demand (fixture->bundle, "d1"), NULL);
  briefing_demand_set_credibility (demand, 2);
  g_assert_true (briefing_document_change_demand (fixture->document, briefing_bundle_lookup_demand (fixture->bundle, "d1"),
                                                  demand, &error));
  g_assert_no_error (error);
  g_assert_true (briefing_document_set_title (fixture->document, "Example talks, edited", &error));
  g_assert_no_error (error);
  steps += 3;

  /* What was edited saves, validates and reads back equal. */
  assert_saves_and_reads_back (fixture);
  after_all = briefing_bundle_to_data (fixture->bundle, NULL);

  /* Remove, in an order the references allow. */
  g_assert_true (briefing_document_remove_response (fixture->document,
                                                    briefing_bundle_lookup_demand (fixture->bundle, "d1"), 0, &error));
  g_assert_true (briefing_document_remove_outcome (fixture->document,
                                                   briefing_bundle_lookup_event (fixture->bundle, "r1"), 0, &error));
  g_assert_true (briefing_document_remove_demand (fixture->document, briefing_bundle_lookup_demand (fixture->bundle, "d1"),
                                                  &error));
  g_assert_true (briefing_document_remove_event (fixture->document, briefing_bundle_lookup_event (fixture->bundle, "r1"),
                                                 &error));
  g_assert_true (briefing_document_remove_party (fixture->document, briefing_bundle_lookup_party (fixture->bundle, "a"),
                                                 &error));
  g_assert_no_error (error);
  g_assert_null (briefing_bundle_lookup (fixture->bundle, "d1"));
  g_assert_null (briefing_bundle_lookup (fixture->bundle, "r1"));
  g_assert_null (briefing_bundle_lookup (fixture->bundle, "a"));

  /* Undo all five removals: the bundle is what was saved, byte for byte. */
  for (guint i = 0; i < 5; i++)
    g_assert_true (briefing_undo_context_undo (fixture->undo));
  g_assert_false (briefing_document_get_modified (fixture->document));
  {
    g_autofree char *again = briefing_bundle_to_data (fixture->bundle, NULL);

    g_assert_cmpstr (again, ==, after_all);
  }

  /* Undo every edit: back to the bundle with its article only; redo all: the edited one. */
  for (guint i = 0; i < steps; i++)
    g_assert_true (briefing_undo_context_undo (fixture->undo));
  {
    /* Saving stamped "updated", which is no edit. */
    BriefingDate updated = *briefing_bundle_get_updated (fixture->bundle);
    g_autofree char *undone = NULL;

    briefing_bundle_set_updated (fixture->bundle, NULL);
    undone = briefing_bundle_to_data (fixture->bundle, NULL);
    g_assert_cmpstr (undone, ==, before_all);
    briefing_bundle_set_updated (fixture->bundle, &updated);
  }
  for (guint i = 0; i < steps; i++)
    g_assert_true (briefing_undo_context_redo (fixture->undo));
  g_assert_false (briefing_document_get_modified (fixture->document));
  {
    g_autofree char *redone = briefing_bundle_to_data (fixture->bundle, NULL);

    g_assert_cmpstr (redone, ==, after_all);
  }
}

static void
test_items_changed (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(BriefingEvent) event = NULL;
  guint position = 0;

  populate (fixture);
  fixture->changes = 0;

  event = briefing_event_copy (briefing_bundle_lookup_event (fixture->bundle, "r1"), NULL);
  briefing_event_set_title (event, "Renamed");
  g_assert_true (briefing_document_change_event (fixture->document, briefing_bundle_lookup_event (fixture->bundle, "r1"),
                                                 event, NULL));
  g_assert_cmpuint (fixture->changes, ==, 1);
  g_assert_true (g_list_store_find (G_LIST_STORE (briefing_bundle_get_events (fixture->bundle)), event, &position));

  briefing_undo_context_undo (fixture->undo);
  g_assert_cmpuint (fixture->changes, ==, 2);
  g_assert_cmpstr (briefing_event_get_title (briefing_bundle_lookup_event (fixture->bundle, "r1")), ==, "First round");
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingParty) same_id = briefing_party_new ("a", "Another", BRIEFING_PARTY_ROLE_PARTY);
  g_autoptr(BriefingParty) no_name = briefing_party_new ("c", "", BRIEFING_PARTY_ROLE_PARTY);
  g_autoptr(BriefingParty) bad_id = briefing_party_new ("-c", "C", BRIEFING_PARTY_ROLE_PARTY);
  g_autoptr(BriefingDemand) uncited = briefing_demand_new ("d2", "a", "Sanctions lifted", "economic");
  g_autoptr(BriefingDemand) misquoted = briefing_demand_new ("d3", "a", "Sanctions lifted", "economic");
  g_autoptr(BriefingCitation) wrong = cite ("words that are not there");
  g_autoptr(BriefingOutcome) outcome = briefing_outcome_new ("A swap", BRIEFING_OUTCOME_STATUS_AGREED);
  g_autoptr(BriefingResponse) own = briefing_response_new ("a", "r1", BRIEFING_STANCE_UNKNOWN);
  g_autoptr(BriefingEvent) stray = NULL;
  BriefingDate start = { .year = 2025, .precision = BRIEFING_DATE_PRECISION_YEAR };
  guint undo_depth;

  populate (fixture);
  fixture->changes = 0;
  g_assert_true (briefing_undo_context_get_can_undo (fixture->undo));

  /* Ids stay unique, across kinds of items too. */
  g_assert_false (briefing_document_add_party (fixture->document, same_id, &error));
  g_assert_error (error, BRIEFING_EDIT_ERROR, BRIEFING_EDIT_ERROR_DUPLICATE_ID);
  g_assert_nonnull (strstr (error->message, "Arland"));
  g_clear_error (&error);
  {
    g_autoptr(BriefingParty) event_id = briefing_party_new ("r1", "R", BRIEFING_PARTY_ROLE_PARTY);

    g_assert_false (briefing_document_add_party (fixture->document, event_id, &error));
    g_assert_error (error, BRIEFING_EDIT_ERROR, BRIEFING_EDIT_ERROR_DUPLICATE_ID);
    g_assert_nonnull (strstr (error->message, "First round"));
    g_clear_error (&error);
  }

  g_assert_false (briefing_document_add_party (fixture->document, no_name, &error));
  g_assert_error (error, BRIEFING_EDIT_ERROR, BRIEFING_EDIT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (briefing_document_add_party (fixture->document, bad_id, &error));
  g_assert_error (error, BRIEFING_EDIT_ERROR, BRIEFING_EDIT_ERROR_INVALID);
  g_clear_error (&error);

  /* A demand without a source, or with words its article does not have. */
  briefing_demand_set_first_stated (uncited, "r1");
  g_assert_false (briefing_document_add_demand (fixture->document, uncited, &error));
  g_assert_error (error, BRIEFING_EDIT_ERROR, BRIEFING_EDIT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Sanctions lifted"));
  g_clear_error (&error);
  briefing_demand_set_first_stated (misquoted, "r1");
  briefing_demand_add_citation (misquoted, wrong);
  g_assert_false (briefing_document_add_demand (fixture->document, misquoted, &error));
  g_assert_error (error, BRIEFING_EDIT_ERROR, BRIEFING_EDIT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Talks end without a truce"));
  g_clear_error (&error);

  /* An outcome needs a source; a party cannot answer its own demand. */
  g_assert_false (briefing_document_add_outcome (fixture->document, briefing_bundle_lookup_event (fixture->bundle, "r1"),
                                                 outcome, &error));
  g_assert_error (error, BRIEFING_EDIT_ERROR, BRIEFING_EDIT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "outcome 1 of the event “First round”"));
  g_clear_error (&error);
  g_assert_false (briefing_document_add_response (fixture->document, briefing_bundle_lookup_demand (fixture->bundle, "d1"),
                                                  own, &error));
  g_assert_error (error, BRIEFING_EDIT_ERROR, BRIEFING_EDIT_ERROR_INVALID);
  g_clear_error (&error);

  /* An event with a party the bundle does not have. */
  stray = briefing_event_new ("r2", BRIEFING_EVENT_KIND_TALKS, "Second round", &start);
  briefing_event_add_mediator (stray, "nobody");
  g_assert_false (briefing_document_add_event (fixture->document, stray, &error));
  g_assert_error (error, BRIEFING_EDIT_ERROR, BRIEFING_EDIT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "nobody"));
  g_clear_error (&error);

  /* What others refer to is not removed, and the error names them. */
  g_assert_false (briefing_document_remove_party (fixture->document, briefing_bundle_lookup_party (fixture->bundle, "a"),
                                                  &error));
  g_assert_error (error, BRIEFING_EDIT_ERROR, BRIEFING_EDIT_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "the event “First round”"));
  g_assert_nonnull (strstr (error->message, "the demand “A 30-day truce”"));
  g_clear_error (&error);
  g_assert_false (briefing_document_remove_event (fixture->document, briefing_bundle_lookup_event (fixture->bundle, "r1"),
                                                  &error));
  g_assert_error (error, BRIEFING_EDIT_ERROR, BRIEFING_EDIT_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_false (briefing_document_remove_article (fixture->document,
                                                    briefing_bundle_lookup_article (fixture->bundle, "art1"), &error));
  g_assert_error (error, BRIEFING_EDIT_ERROR, BRIEFING_EDIT_ERROR_IN_USE);
  g_clear_error (&error);

  /* Nothing refused changed the bundle or the history. */
  g_assert_cmpuint (fixture->changes, ==, 0);
  undo_depth = 0;
  while (briefing_undo_context_undo (fixture->undo))
    undo_depth++;
  g_assert_cmpuint (undo_depth, ==, 5);
}

static void
test_group (Fixture       *fixture,
            gconstpointer  data)
{
  briefing_document_begin_group (fixture->document, "Import Candidates");
  add_party (fixture, "a", "Arland");
  add_party (fixture, "b", "Borduria");
  add_event (fixture, "r1", "First round");
  briefing_document_end_group (fixture->document);

  g_assert_cmpstr (briefing_undo_context_get_undo_label (fixture->undo), ==, "Import Candidates");
  g_assert_true (briefing_undo_context_undo (fixture->undo));
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_parties (fixture->bundle)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_events (fixture->bundle)), ==, 0);
  g_assert_true (briefing_undo_context_redo (fixture->undo));
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_parties (fixture->bundle)), ==, 2);
  g_assert_nonnull (briefing_bundle_lookup_event (fixture->bundle, "r1"));

  /* An empty group records nothing. */
  briefing_document_begin_group (fixture->document, "Nothing");
  briefing_document_end_group (fixture->document);
  g_assert_cmpstr (briefing_undo_context_get_undo_label (fixture->undo), ==, "Import Candidates");
}

static void
test_free_ids (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *id1 = NULL;
  g_autofree char *id2 = NULL;
  g_autofree char *id3 = NULL;

  populate (fixture);
  id1 = briefing_document_dup_free_id (fixture->document, NULL, "First round");
  g_assert_cmpstr (id1, ==, "first-round");
  id2 = briefing_document_dup_free_id (fixture->document, NULL, "r1");
  g_assert_cmpstr (id2, ==, "r1-2");
  id3 = briefing_document_dup_free_id (fixture->document, "ev-", "Türkiye’s talks!");
  g_assert_cmpstr (id3, ==, "ev-turkiye-s-talks");
}

static void
test_save_refuses_invalid (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("briefing-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingParty) party = briefing_party_new ("a", "", BRIEFING_PARTY_ROLE_PARTY);

  /* Only the engine's own calls can make this: the editing API refuses a nameless party. */
  briefing_bundle_add_party (fixture->bundle, party);
  g_assert_false (briefing_document_save (fixture->document, file, &error));
  g_assert_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_INVALID_VALUE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (briefing_document_get_error_message (fixture->document));
  g_assert_nonnull (strstr (briefing_document_get_error_message (fixture->document), "broken.bundle.json"));
  g_rmdir (dir);
}

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (briefing_document_save_finish (BRIEFING_DOCUMENT (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_save_async (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("briefing-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "async.bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gboolean done = FALSE;

  populate (fixture);
  g_assert_true (briefing_document_get_modified (fixture->document));
  briefing_document_save_async (fixture->document, file, NULL, save_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (briefing_document_get_modified (fixture->document));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  /* An undo after saving makes the document modified again. */
  briefing_undo_context_undo (fixture->undo);
  g_assert_true (briefing_document_get_modified (fixture->document));
  briefing_undo_context_redo (fixture->undo);
  g_assert_false (briefing_document_get_modified (fixture->document));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_citation_for_range (Fixture       *fixture,
                         gconstpointer  data)
{
  BriefingArticle *article = briefing_bundle_lookup_article (fixture->bundle, "art1");
  const char *text = briefing_article_get_text (article);
  const char *words = strstr (text, "30-day truce");
  g_autoptr(BriefingCitation) citation = briefing_citation_new_for_range (article, words - text,
                                                                          words - text + strlen ("30-day truce"));
  gsize start, end;

  g_assert_cmpstr (briefing_citation_get_exact (citation), ==, "30-day truce");
  g_assert_cmpstr (briefing_citation_get_source (citation), ==, "art1");
  g_assert_true (g_str_has_suffix (briefing_citation_get_prefix (citation), "called for a "));
  g_assert_true (g_str_has_prefix (briefing_citation_get_suffix (citation), "; Borduria"));
  g_assert_true (briefing_citation_get_anchor (citation, &start, &end));
  g_assert_cmpuint (start, ==, (gsize) (words - text));
}

/* Messages name an item by its label, cut after 60 characters; a shorter label is named whole. */
static void
test_describes_items (Fixture       *fixture,
                      gconstpointer  data)
{
  /* 60 characters, several of them two or three bytes long. */
  const char *sixty = "Rencontre à Genève — «dernière» ronde sur l’échange, Ŵ et ß!";
  struct { const char *title; const char *named; } cases[] = {
    { "R", "the event “R”" },
    { "Round two", "the event “Round two”" },
    { sixty, NULL },
  };
  g_autofree char *longer = g_strconcat (sixty, "Z and more words", NULL);
  g_autofree char *sixty_named = g_strdup_printf ("the event “%s”", sixty);
  g_autofree char *longer_named = g_strdup_printf ("the event “%s…”", sixty);
  BriefingDate start = { .year = 2025, .month = 6, .day = 2, .precision = BRIEFING_DATE_PRECISION_DAY };
  BriefingDate end = { .year = 2025, .month = 6, .day = 1, .precision = BRIEFING_DATE_PRECISION_DAY };

  g_assert_cmpint (g_utf8_strlen (sixty, -1), ==, 60);
  cases[2].named = sixty_named;
  populate (fixture);

  for (guint i = 0; i <= G_N_ELEMENTS (cases); i++)
    {
      const char *title = i < G_N_ELEMENTS (cases) ? cases[i].title : longer;
      const char *named = i < G_N_ELEMENTS (cases) ? cases[i].named : longer_named;
      g_autofree char *id = g_strdup_printf ("backwards%u", i);
      g_autoptr(BriefingEvent) event = briefing_event_new (id, BRIEFING_EVENT_KIND_TALKS, title, &start);
      g_autoptr(GError) error = NULL;

      briefing_event_set_end (event, &end);
      g_assert_false (briefing_document_add_event (fixture->document, event, &error));
      g_assert_error (error, BRIEFING_EDIT_ERROR, BRIEFING_EDIT_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, named));
      g_assert_cmpstr (error->message + strlen (named), ==, " ends before it starts");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/bundle/edit/add-and-undo", test_add_and_undo);
  ADD ("/bundle/edit/every-operation", test_every_operation);
  ADD ("/bundle/edit/items-changed", test_items_changed);
  ADD ("/bundle/edit/refusals", test_refusals);
  ADD ("/bundle/edit/group", test_group);
  ADD ("/bundle/edit/free-ids", test_free_ids);
  ADD ("/bundle/edit/save-refuses-invalid", test_save_refuses_invalid);
  ADD ("/bundle/edit/save-async", test_save_async);
  ADD ("/bundle/edit/citation-for-range", test_citation_for_range);
  ADD ("/bundle/edit/describes-items", test_describes_items);
#undef ADD

  return g_test_run ();
}
