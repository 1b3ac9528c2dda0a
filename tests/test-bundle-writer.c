/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "briefing-core.h"

static BriefingBundle *
read_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GError) error = NULL;
  BriefingBundle *bundle;

  bundle = briefing_bundle_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);
  return bundle;
}

static BriefingBundle *
read_data (const char *data,
           gsize       length)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GError) error = NULL;
  BriefingBundle *bundle;

  bundle = briefing_bundle_reader_read_bytes (reader, bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (briefing_bundle_reader_get_problems (reader)->len, ==, 0);
  return bundle;
}

static JsonNode *
parse (const char *data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  return json_node_copy (json_parser_get_root (parser));
}

/* load → save → load gives the same model, and saving again gives the same bytes. */
static void
assert_round_trip (const char *path)
{
  g_autoptr(BriefingBundle) first = read_path (path);
  g_autoptr(BriefingBundle) second = NULL;
  g_autofree char *data1 = NULL;
  g_autofree char *data2 = NULL;
  gsize len1, len2;

  data1 = briefing_bundle_to_data (first, &len1);
  second = read_data (data1, len1);
  g_assert_true (briefing_bundle_equal (first, second));

  data2 = briefing_bundle_to_data (second, &len2);
  g_assert_cmpstr (data1, ==, data2);
}

static void
test_round_trip_sample (void)
{
  g_autofree char *path = g_build_filename (SOURCE_SAMPLES_DIR, "istanbul-talks-2025.bundle.json", NULL);
  g_autofree char *original = NULL;
  g_autoptr(BriefingBundle) bundle = read_path (path);
  g_autofree char *saved = briefing_bundle_to_data (bundle, NULL);
  g_autoptr(JsonNode) original_node = NULL;
  g_autoptr(JsonNode) saved_node = NULL;

  assert_round_trip (path);

  /* Nothing of the file is lost: the saved document is the same JSON as the sample. */
  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
  original_node = parse (original);
  saved_node = parse (saved);
  g_assert_true (json_node_equal (original_node, saved_node));
}

static void
test_round_trip_minimal (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.bundle.json", NULL);

  assert_round_trip (path);
}

/* A bundle built in code, with every optional member set, survives a save and a load. */
static void
test_round_trip_built (void)
{
  g_autoptr(BriefingBundle) bundle = briefing_bundle_new ("built", "Built in code");
  g_autoptr(BriefingParty) a = briefing_party_new ("a", "Arland", BRIEFING_PARTY_ROLE_PARTY);
  g_autoptr(BriefingParty) m = briefing_party_new ("m", "Mediatia", BRIEFING_PARTY_ROLE_HOST);
  g_autoptr(BriefingArticle) article = briefing_article_new ("art", "Headline «ünïcode» — Київ");
  g_autoptr(BriefingEvent) event = NULL;
  g_autoptr(BriefingOutcome) outcome = briefing_outcome_new ("Talks continue", BRIEFING_OUTCOME_STATUS_PENDING);
  g_autoptr(BriefingDemand) demand = briefing_demand_new ("d", "a", "Talks", "political");
  g_autoptr(BriefingResponse) response = briefing_response_new ("m", "e", BRIEFING_STANCE_CONDITIONAL);
  g_autoptr(BriefingCitation) c1 = briefing_citation_new ("art", "Київ");
  g_autoptr(BriefingCitation) c2 = briefing_citation_new ("art", "Second");
  g_autoptr(BriefingDispute) dispute = briefing_dispute_new ("Accounts differ");
  g_autoptr(BriefingBundle) back = NULL;
  g_autofree char *data = NULL;
  const char *paragraphs[] = { "First paragraph in Київ.", "Second \"quoted\" one\twith a tab.", NULL };
  const char *authors[] = { "A. Writer", "B. Writer", NULL };
  BriefingDate start, end, created, published;
  gsize length;

  g_assert_true (briefing_date_parse ("2025-06-02T10:30:00+03:00", &start, NULL));
  g_assert_true (briefing_date_parse ("2025-06-03", &end, NULL));
  g_assert_true (briefing_date_parse ("2025-06-04T00:00:00Z", &created, NULL));
  g_assert_true (briefing_date_parse ("2025-06-02", &published, NULL));

  briefing_bundle_set_description (bundle, "All the members");
  briefing_bundle_set_language (bundle, "en-GB");
  briefing_bundle_set_created (bundle, &created);
  briefing_bundle_set_updated (bundle, &created);

  briefing_party_set_short_name (a, "AR");
  briefing_party_set_color (a, "#123abc");
  briefing_party_set_reliability_notes (a, "Mostly reliable");
  briefing_party_add_representative (a, "Ann Envoy", "Envoy");
  briefing_party_add_representative (a, "Bob NoTitle", NULL);
  g_assert_true (briefing_bundle_add_party (bundle, a));
  g_assert_true (briefing_bundle_add_party (bundle, m));

  briefing_article_set_publisher (article, "Wire");
  briefing_article_set_url (article, "https://example.org/a?b=c&d=e");
  briefing_article_set_published (article, &published);
  briefing_article_set_language (article, "uk");
  briefing_article_set_source_grade (article, BRIEFING_SOURCE_GRADE_C);
  briefing_article_set_authors (article, authors);
  briefing_article_set_paragraphs (article, paragraphs);
  briefing_article_add_image (article, briefing_image_new ("img/a.png", "Caption", "Credit"));
  g_assert_true (briefing_bundle_add_article (bundle, article));

  event = briefing_event_new ("e", BRIEFING_EVENT_KIND_TALKS, "Round", &start);
  briefing_event_set_description (event, "A round");
  briefing_event_set_end (event, &end);
  briefing_event_set_duration (event, 5400);
  briefing_event_set_precision (event, BRIEFING_DATE_PRECISION_DAY);
  briefing_event_set_round (event, 4);
  briefing_event_set_location (event, "Palace");
  briefing_event_set_host (event, "m");
  briefing_event_add_participant (event, "a");
  briefing_event_add_mediator (event, "m");
  briefing_event_add_delegation_head (event, "a", "Ann Envoy", "Envoy");
  briefing_citation_set_prefix (c1, "in ");
  briefing_citation_set_suffix (c1, ".");
  briefing_citation_set_position (c1, 19, 23);
  briefing_dispute_add_citation (dispute, c1);
  briefing_dispute_add_citation (dispute, c2);
  briefing_outcome_add_citation (outcome, c1);
  briefing_outcome_set_disputed (outcome, dispute);
  briefing_event_add_outcome (event, outcome);
  briefing_event_add_citation (event, c2);
  briefing_event_set_disputed (event, dispute);
  g_assert_true (briefing_bundle_add_event (bundle, event));

  briefing_demand_set_first_stated (demand, "e");
  briefing_demand_add_reiterated (demand, "e");
  briefing_demand_set_withdrawn (demand, "e");
  briefing_demand_set_credibility (demand, 2);
  briefing_demand_add_citation (demand, c1);
  briefing_demand_set_disputed (demand, dispute);
  briefing_response_set_note (response, "If the other side agrees");
  briefing_response_add_citation (response, c2);
  briefing_response_set_disputed (response, dispute);
  briefing_demand_add_response (demand, response);
  g_assert_true (briefing_bundle_add_demand (bundle, demand));

  data = briefing_bundle_to_data (bundle, &length);
  back = read_data (data, length);
  g_assert_true (briefing_bundle_equal (bundle, back));
}

static void
test_save_to_file (void)
{
  g_autofree char *path = g_build_filename (SOURCE_SAMPLES_DIR, "istanbul-talks-2025.bundle.json", NULL);
  g_autoptr(BriefingBundle) bundle = read_path (path);
  g_autofree char *dir = g_dir_make_tmp ("briefing-writer-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "saved.bundle.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "dir.bundle.json", NULL);
  g_autoptr(BriefingBundle) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;

  g_assert_true (briefing_bundle_save_to_file (bundle, out, &error));
  g_assert_no_error (error);
  back = read_path (out);
  g_assert_true (briefing_bundle_equal (bundle, back));

  /* No temporary file is left behind. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "saved.bundle.json");
  g_assert_null (g_dir_read_name (listing));

  /* A failure is reported, not ignored. */
  g_assert_false (briefing_bundle_save_to_file (bundle, missing, &error));
  g_assert_nonnull (error);

  g_unlink (out);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bundle/writer/round-trip-sample", test_round_trip_sample);
  g_test_add_func ("/bundle/writer/round-trip-minimal", test_round_trip_minimal);
  g_test_add_func ("/bundle/writer/round-trip-built", test_round_trip_built);
  g_test_add_func ("/bundle/writer/save-to-file", test_save_to_file);

  return g_test_run ();
}
