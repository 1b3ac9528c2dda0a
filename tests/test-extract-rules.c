/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The extractor's pattern families one by one, applying candidates to a bundle, and the rules files. */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "briefing-bundle-reader.h"
#include "briefing-bundle-writer.h"
#include "briefing-enum-types.h"
#include "briefing-extract-date.h"
#include "extract-test-utils.h"

static BriefingArticle *
article_of (const char * const *paragraphs,
            const char         *date)
{
  g_autoptr(BriefingArticle) article = briefing_article_new ("art", "Headline");
  BriefingDate published = { 0 };

  briefing_article_set_paragraphs (article, paragraphs);
  briefing_article_set_publisher (article, "Test");
  g_assert_true (briefing_date_parse (date, &published, NULL));
  briefing_article_set_published (article, &published);
  return g_steal_pointer (&article);
}

static void
assert_date (const char            *text,
             const char            *reference,
             const char            *expected,
             const char            *expected_quote)
{
  BriefingDate ref = { 0 };
  g_autoptr(GArray) dates = NULL;
  g_autofree char *found = NULL;
  g_autofree char *quote = NULL;
  BriefingDateMatch *match;

  g_assert_true (briefing_date_parse (reference, &ref, NULL));
  dates = briefing_extract_find_dates (get_rules (), text, -1, &ref);
  g_assert_cmpuint (dates->len, >=, 1);
  match = &g_array_index (dates, BriefingDateMatch, 0);
  found = briefing_date_to_string (&match->date);
  quote = g_strndup (text + match->start, match->end - match->start);
  g_assert_cmpstr (found, ==, expected);
  g_assert_cmpstr (quote, ==, expected_quote);
}

static void
test_dates (void)
{
  assert_date ("held on Monday, June 2nd, under mediation", "2025-06-02", "2025-06-02", "Monday, June 2nd");
  assert_date ("they met on 2 June in Istanbul", "2025-06-05", "2025-06-02", "2 June");
  assert_date ("signed on the 16th of May 2025", "2025-07-01", "2025-05-16", "the 16th of May 2025");
  assert_date ("talks before the end of June", "2025-06-02", "2025-06", "before the end of June");
  assert_date ("a meeting between 20 and 30 June", "2025-06-03", "2025-06-20", "between 20 and 30 June");
  assert_date ("sent days before the meeting", "2025-06-02", "2025-05", "days before");
  assert_date ("as agreed last week", "2025-06-10", "2025-06", "last week");
  assert_date ("the strike yesterday", "2025-06-02", "2025-06-01", "yesterday");
  /* back to the latest such weekday; forward after "would" */
  assert_date ("the talks on Monday ended", "2025-06-03", "2025-06-02", "on Monday");
  assert_date ("Ukraine would go to the talks on Monday", "2025-06-01", "2025-06-02", "on Monday");
  assert_date ("the first round last Friday", "2025-05-16", "2025-05-09", "last Friday");
  /* a month without a year takes the year nearest the article */
  assert_date ("the round in December", "2026-01-10", "2025-12", "in December");
  /* "may" is a verb, not May */
  {
    BriefingDate ref = { .year = 2025, .month = 6, .day = 2, .precision = BRIEFING_DATE_PRECISION_DAY };
    g_autoptr(GArray) none = briefing_extract_find_dates (get_rules (), "the swap may grow to 1,200", -1, &ref);
    g_autoptr(GArray) no_reference = briefing_extract_find_dates (get_rules (), "on Monday and on 2 June", -1, NULL);
    g_autoptr(GArray) with_year = briefing_extract_find_dates (get_rules (), "on 2 June 2025", -1, NULL);

    g_assert_cmpuint (none->len, ==, 0);
    g_assert_cmpuint (no_reference->len, ==, 0);
    g_assert_cmpuint (with_year->len, ==, 1);
  }
}

static BriefingExtraction *
extract_paragraphs (const char * const *paragraphs,
                    const char         *date,
                    BriefingBundle     *bundle)
{
  g_autoptr(BriefingArticle) article = article_of (paragraphs, date);
  g_autoptr(GError) error = NULL;
  BriefingExtraction *extraction = briefing_extract (article, bundle, get_rules (), &error);

  g_assert_no_error (error);
  return extraction;
}

static void
test_parties (void)
{
  const char *text[] = {
    "Kyiv and Moscow sent delegations to Istanbul. Ukrainian officials said Russia had not changed its terms.",
    "Turkish Foreign Minister Hakan Fidan, who chaired the meeting, praised both sides. NATO was named once.",
    NULL };
  g_autoptr(BriefingExtraction) extraction = extract_paragraphs (text, "2025-06-02", NULL);
  const BriefingCandidate *fidan = NULL;

  /* metonyms and demonyms count; a role cue makes a mediator; one mention makes no party */
  g_assert_cmpint (find_kind (extraction, BRIEFING_CANDIDATE_PARTY, "ukraine")->role, ==, BRIEFING_PARTY_ROLE_PARTY);
  g_assert_cmpint (find_kind (extraction, BRIEFING_CANDIDATE_PARTY, "russia")->role, ==, BRIEFING_PARTY_ROLE_PARTY);
  g_assert_cmpint (find_kind (extraction, BRIEFING_CANDIDATE_PARTY, "turkiye")->role, ==, BRIEFING_PARTY_ROLE_MEDIATOR);
  g_assert_null (find_kind (extraction, BRIEFING_CANDIDATE_PARTY, "nato"));
  fidan = find_kind (extraction, BRIEFING_CANDIDATE_PERSON, NULL);
  g_assert_cmpstr (fidan->name, ==, "Hakan Fidan");
  g_assert_cmpstr (fidan->party, ==, "turkiye");
  g_assert_cmpstr (fidan->title, ==, "Foreign Minister");
}

static void
test_demands (void)
{
  const char *text[] = {
    "Talks were held in Istanbul on 2 June. Russia’s demands included: a withdrawal from four regions, "
    "neutrality, and limits on the army.",
    "Ukraine called for a ceasefire of at least 30 days on land, at sea and in the air. "
    "It also insisted on the return of children. Kyiv regards the terms as a demand for surrender.",
    NULL };
  g_autoptr(BriefingExtraction) extraction = extract_paragraphs (text, "2025-06-02", NULL);
  guint russian = 0, ukrainian = 0;

  for (guint i = 0; i < briefing_extraction_get_n_candidates (extraction); i++)
    {
      const BriefingCandidate *c = briefing_extraction_get_candidate (extraction, i);

      if (c->kind != BRIEFING_CANDIDATE_DEMAND)
        continue;
      g_assert_nonnull (c->ref);
      russian += g_strcmp0 (c->party, "russia") == 0;
      ukrainian += g_strcmp0 (c->party, "ukraine") == 0;
    }
  /* a list splits on commas and "and"; "at sea and in the air" continues its item; "It" is Ukraine;
   * "as a demand for" states none */
  g_assert_cmpuint (russian, ==, 3);
  g_assert_cmpuint (ukrainian, ==, 2);
  g_assert_true (has_candidate (extraction, BRIEFING_CANDIDATE_DEMAND, "russia", "limits on the army", -1));
  g_assert_true (has_candidate (extraction, BRIEFING_CANDIDATE_DEMAND, "ukraine", "ceasefire of at least 30 days on land, at sea and in the air", -1));
  g_assert_true (has_candidate (extraction, BRIEFING_CANDIDATE_DEMAND, "ukraine", "the return of children", -1));
  g_assert_cmpstr (find_kind (extraction, BRIEFING_CANDIDATE_DEMAND, NULL)->category, ==, "territory");
}

static void
test_outcomes (void)
{
  const char *text[] = {
    "The sides met for talks in Istanbul on Monday, June 2nd. They agreed to swap 1,000 prisoners each. "
    "Ukraine demanded an unconditional ceasefire. Russia rejected the idea of an unconditional ceasefire "
    "and offered short pauses. The delegations discussed a summit. No memorandum was agreed.",
    NULL };
  g_autoptr(BriefingExtraction) extraction = extract_paragraphs (text, "2025-06-02", NULL);
  const BriefingCandidate *talks = find_kind (extraction, BRIEFING_CANDIDATE_EVENT, NULL);
  const BriefingCandidate *response = find_kind (extraction, BRIEFING_CANDIDATE_RESPONSE, NULL);

  g_assert_cmpint (talks->event_kind, ==, BRIEFING_EVENT_KIND_TALKS);
  g_assert_cmpstr (talks->place, ==, "Istanbul");
  g_assert_true (has_candidate (extraction, BRIEFING_CANDIDATE_OUTCOME, NULL, "swap 1,000 prisoners each", BRIEFING_OUTCOME_STATUS_AGREED));
  g_assert_true (has_candidate (extraction, BRIEFING_CANDIDATE_OUTCOME, "russia", "an unconditional ceasefire", BRIEFING_OUTCOME_STATUS_REJECTED));
  g_assert_true (has_candidate (extraction, BRIEFING_CANDIDATE_OUTCOME, "russia", "short pauses", BRIEFING_OUTCOME_STATUS_PROPOSED));
  g_assert_true (has_candidate (extraction, BRIEFING_CANDIDATE_OUTCOME, NULL, "a summit", BRIEFING_OUTCOME_STATUS_DISCUSSED));
  g_assert_true (has_candidate (extraction, BRIEFING_CANDIDATE_OUTCOME, NULL, "memorandum", BRIEFING_OUTCOME_STATUS_REJECTED));
  /* Russia's refusal answers Ukraine's demand */
  g_assert_nonnull (response);
  g_assert_cmpstr (response->party, ==, "russia");
  g_assert_cmpint (response->stance, ==, BRIEFING_STANCE_REJECTS);
}

static void
test_events (void)
{
  const char *text[] = {
    "The exchange was carried out on 23 May at the border. The first round of talks on 16 May was short.",
    "A Ukrainian drone attack on Russian airbases on 1 June damaged bombers. Ukraine proposed talks before "
    "the end of June. The second round of talks took place on 2 June.",
    NULL };
  g_autoptr(BriefingExtraction) extraction = extract_paragraphs (text, "2025-06-03", NULL);
  const char *expected[][2] = {
    { "exchange", "2025-05-23" }, { "talks", "2025-05-16" }, { "military", "2025-06-01" },
    { "proposal", "2025-06" }, { "talks", "2025-06-02" } };
  guint n = 0;

  for (guint i = 0; i < briefing_extraction_get_n_candidates (extraction); i++)
    {
      const BriefingCandidate *c = briefing_extraction_get_candidate (extraction, i);
      g_autofree char *date = NULL;
      gboolean found = FALSE;

      if (c->kind != BRIEFING_CANDIDATE_EVENT)
        continue;
      n++;
      date = briefing_date_to_string (&c->date);
      for (guint j = 0; j < G_N_ELEMENTS (expected); j++)
        found |= g_str_equal (expected[j][0], briefing_enum_to_nick (BRIEFING_TYPE_EVENT_KIND, c->event_kind)) &&
                 g_str_equal (expected[j][1], date);
      if (!found)
        g_error ("unexpected event %s %s (%s)", c->title, date, c->exact);
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
}

static void
test_figures (void)
{
  const char *text[] = { "At least 1,000 people, a 1,200-for-1,200 swap, 6,000 bodies, 30 days, aged 18 to 25.", NULL };
  g_autoptr(BriefingExtraction) extraction = extract_paragraphs (text, "2025-06-02", NULL);
  double values[] = { 1000, 1200, 6000, 30, 18 };
  guint n = 0;

  for (guint i = 0; i < briefing_extraction_get_n_candidates (extraction); i++)
    {
      const BriefingCandidate *c = briefing_extraction_get_candidate (extraction, i);

      if (c->kind != BRIEFING_CANDIDATE_FIGURE)
        continue;
      g_assert_cmpuint (n, <, G_N_ELEMENTS (values));
      g_assert_cmpfloat (c->value, ==, values[n]);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (values));
}

static BriefingBundle *
new_bundle (void)
{
  BriefingBundle *bundle = briefing_bundle_new ("extract-test", "Extraction test");
  BriefingDate created = { 0 };

  g_assert_true (briefing_date_parse_date_time ("2025-06-03T09:00:00Z", &created, NULL));
  briefing_bundle_set_created (bundle, &created);
  briefing_bundle_set_language (bundle, "en");
  return bundle;
}

/* Written out and read back, the bundle passes every check of the reader. */
static BriefingBundle *
round_trip (BriefingBundle *bundle)
{
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  BriefingBundle *read;
  gsize length;
  char *data = briefing_bundle_to_data (bundle, &length);

  bytes = g_bytes_new_take (data, length);
  read = briefing_bundle_reader_read_bytes (reader, bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (briefing_bundle_reader_get_n_errors (reader), ==, 0);
  return read;
}

static void
test_apply_seed_paraphrase (void)
{
  g_autoptr(JsonObject) expected = load_expected (data_path ("data", "extract", "istanbul-round2-paraphrase.expected.json", NULL));
  g_autoptr(BriefingExtraction) extraction = extract_file (data_path ("data", "extract", "istanbul-round2-paraphrase.txt", NULL), expected);
  g_autoptr(BriefingBundle) bundle = new_bundle ();
  g_autoptr(BriefingBundle) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingExtraction) again = NULL;
  BriefingEvent *talks;
  BriefingDemand *demand = NULL;
  guint n_demands;

  g_assert_true (briefing_extraction_apply (extraction, bundle, NULL, &error));
  g_assert_no_error (error);
  read = round_trip (bundle);

  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_parties (read)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_articles (read)), ==, 1);
  talks = briefing_bundle_lookup_event (read, "istanbul-round2-paraphrase-talks");
  g_assert_nonnull (talks);
  g_assert_cmpstr (briefing_event_get_location (talks), ==, "Istanbul");
  g_assert_cmpuint (briefing_event_get_participants (talks)->len, ==, 2);
  g_assert_cmpuint (briefing_event_get_mediators (talks)->len, ==, 1);
  g_assert_cmpuint (briefing_event_get_delegation_heads (talks)->len, ==, 2);
  g_assert_cmpuint (briefing_event_get_outcomes (talks)->len, >=, 4);
  n_demands = g_list_model_get_n_items (briefing_bundle_get_demands (read));
  g_assert_cmpuint (n_demands, ==, 6);
  for (guint i = 0; i < n_demands; i++)
    {
      g_autoptr(BriefingDemand) item = g_list_model_get_item (briefing_bundle_get_demands (read), i);

      if (g_str_equal (briefing_demand_get_party (item), "ukraine"))
        demand = item;
    }
  g_assert_nonnull (demand);
  g_assert_cmpuint (briefing_demand_get_responses (demand)->len, ==, 1);

  /* Run again on the filled bundle: nothing is proposed twice. */
  again = briefing_extract (briefing_extraction_get_article (extraction), bundle, get_rules (), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < briefing_extraction_get_n_candidates (again); i++)
    {
      const BriefingCandidate *c = briefing_extraction_get_candidate (again, i);

      if (c->kind == BRIEFING_CANDIDATE_PARTY || c->kind == BRIEFING_CANDIDATE_DEMAND ||
          (c->kind == BRIEFING_CANDIDATE_EVENT && c->event_kind == BRIEFING_EVENT_KIND_TALKS))
        g_assert_true (c->existing);
    }
  /* and applying it adds citations, not items */
  g_assert_true (briefing_extraction_apply (again, bundle, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_demands (bundle)), ==, 6);
  g_clear_object (&read);
  read = round_trip (bundle);
}

static void
test_apply_refuses_missing_event (void)
{
  const char *text[] = { "Talks in Istanbul on 2 June: the sides agreed to swap prisoners. Russia and Ukraine met.", NULL };
  g_autoptr(BriefingExtraction) extraction = extract_paragraphs (text, "2025-06-02", NULL);
  g_autoptr(BriefingBundle) bundle = new_bundle ();
  g_autoptr(GArray) accepted = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  guint bad = 1000;

  for (guint i = 0; i < briefing_extraction_get_n_candidates (extraction); i++)
    if (briefing_extraction_get_candidate (extraction, i)->kind == BRIEFING_CANDIDATE_OUTCOME)
      g_array_append_val (accepted, i);
  g_assert_cmpuint (accepted->len, ==, 1);

  g_assert_false (briefing_extraction_apply (extraction, bundle, accepted, &error));
  g_assert_error (error, BRIEFING_EXTRACT_ERROR, BRIEFING_EXTRACT_ERROR_INVALID_CHOICE);
  g_assert_nonnull (strstr (error->message, "art-talks"));
  /* nothing was added, not even the article */
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_articles (bundle)), ==, 0);
  g_clear_error (&error);

  g_array_append_val (accepted, bad);
  g_assert_false (briefing_extraction_apply (extraction, bundle, accepted, &error));
  g_assert_error (error, BRIEFING_EXTRACT_ERROR, BRIEFING_EXTRACT_ERROR_INVALID_CHOICE);
}

/* A demand needs the event it was first stated at to go into a bundle: an article that reports no
 * event proposes no new demand, and everything it proposes can be accepted. */
static void
test_demand_without_event (void)
{
  const char *text[] = { "Russia and Ukraine met in a hotel. Ukraine called for a truce. Russia refused it.", NULL };
  g_autoptr(BriefingArticle) article = article_of (text, "2025-06-02");
  g_autoptr(BriefingExtraction) extraction = NULL;
  g_autoptr(BriefingBundle) bundle = briefing_bundle_new ("talks", "Talks");
  g_autoptr(GError) error = NULL;

  extraction = briefing_extract (article, NULL, get_rules (), &error);
  g_assert_no_error (error);
  g_assert_null (find_kind (extraction, BRIEFING_CANDIDATE_EVENT, NULL));
  g_assert_null (find_kind (extraction, BRIEFING_CANDIDATE_DEMAND, NULL));
  g_assert_nonnull (find_kind (extraction, BRIEFING_CANDIDATE_PARTY, "ukraine"));
  g_assert_true (briefing_extraction_apply (extraction, bundle, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_articles (bundle)), ==, 1);
}

/* A party named once (here by its capital) that refuses another's demand is proposed too: the
 * response and the outcome it states need it in the bundle. */
static void
test_party_named_once_answers (void)
{
  const char *text[] = { "Ukraine held talks in Istanbul on 2 June. Kyiv called for an immediate and "
                         "unconditional ceasefire. Moscow refused a truce.", NULL };
  g_autoptr(BriefingArticle) article = article_of (text, "2025-06-02");
  g_autoptr(BriefingExtraction) extraction = NULL;
  g_autoptr(BriefingBundle) bundle = briefing_bundle_new ("talks", "Talks");
  g_autoptr(GError) error = NULL;

  extraction = briefing_extract (article, NULL, get_rules (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_kind (extraction, BRIEFING_CANDIDATE_RESPONSE, NULL));
  g_assert_cmpstr (find_kind (extraction, BRIEFING_CANDIDATE_RESPONSE, NULL)->party, ==, "russia");
  g_assert_nonnull (find_kind (extraction, BRIEFING_CANDIDATE_PARTY, "russia"));
  g_assert_true (briefing_extraction_apply (extraction, bundle, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (briefing_bundle_lookup (bundle, "russia"));
}

/* A 10 000-word article is read to the end (no timing asserted). */
static void
test_large_article (void)
{
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(BriefingExtraction) extraction = NULL;
  g_autoptr(GError) error = NULL;
  BriefingDate published;
  guint words = 0, n_demands = 0;

  for (guint i = 0; words < 10000; i++)
    {
      char *paragraph = g_strdup_printf ("In round %u on %u June, Russia rejected an unconditional ceasefire while "
                                         "Ukraine called for a pause of %u days, the return of prisoners, and talks "
                                         "in Istanbul; Fidan, who chaired the meeting, said the sides agreed to swap "
                                         "%u prisoners and discussed a summit of Zelensky and Putin before the end of July.",
                                         i + 1, i % 28 + 1, i % 60 + 1, 100 + i);
      words += 45;
      g_ptr_array_add (paragraphs, paragraph);
    }
  g_ptr_array_add (paragraphs, NULL);
  article = briefing_article_new ("long", "Long");
  briefing_article_set_paragraphs (article, (const char * const *) paragraphs->pdata);
  /* Dated, so that its rounds are events its demands can be stated at. */
  g_assert_true (briefing_date_parse ("2025-07-01", &published, NULL));
  briefing_article_set_published (article, &published);
  extraction = briefing_extract (article, NULL, get_rules (), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < briefing_extraction_get_n_candidates (extraction); i++)
    n_demands += briefing_extraction_get_candidate (extraction, i)->kind == BRIEFING_CANDIDATE_DEMAND;
  g_assert_cmpuint (n_demands, >=, paragraphs->len - 1);
}

static void
test_empty_article (void)
{
  g_autoptr(BriefingArticle) article = briefing_article_new ("blank", "Blank");
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingExtraction) extraction = briefing_extract (article, NULL, get_rules (), &error);

  g_assert_null (extraction);
  g_assert_error (error, BRIEFING_EXTRACT_ERROR, BRIEFING_EXTRACT_ERROR_EMPTY_ARTICLE);
  g_assert_nonnull (strstr (error->message, "blank"));
}

/* The user's own gazetteer extends the built-in one; a broken file is named in the error. */
static void
test_user_rules (void)
{
  g_autofree char *folder = briefing_extract_rules_dup_user_dir ();
  g_autofree char *path = g_build_filename (folder, "mine.json", NULL);
  g_autoptr(BriefingExtractRules) rules = NULL;
  g_autoptr(BriefingExtraction) extraction = NULL;
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  const char *text[] = { "Arland and Borduria held talks. Arland called for a truce. The Bordurians refused.", NULL };
  const char *mine = "{ \"format\": \"briefing-gazetteer\", \"entities\": ["
                     "{ \"id\": \"arland\", \"name\": \"Arland\", \"demonyms\": [\"Arlandic\"] },"
                     "{ \"id\": \"borduria\", \"name\": \"Borduria\", \"demonyms\": [\"Bordurians\"] },"
                     "{ \"id\": \"russia\", \"metonyms\": [\"Sheremetyevo\"] } ] }";

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, mine, -1, NULL));
  rules = briefing_extract_rules_new_for_language ("en", &error);
  g_assert_no_error (error);
  article = article_of (text, "2025-06-02");
  extraction = briefing_extract (article, NULL, rules, &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_kind (extraction, BRIEFING_CANDIDATE_PARTY, "arland"));
  g_assert_nonnull (find_kind (extraction, BRIEFING_CANDIDATE_PARTY, "borduria"));
  g_assert_true (has_candidate (extraction, BRIEFING_CANDIDATE_DEMAND, "arland", "a truce", -1));

  g_assert_true (g_file_set_contents (path, "{ \"format\": \"briefing-extract-rules\", \"demands\": [ { \"pattern\": \"(\" } ] }", -1, NULL));
  g_clear_object (&rules);
  rules = briefing_extract_rules_new_for_language ("en", &error);
  g_assert_null (rules);
  g_assert_error (error, BRIEFING_EXTRACT_ERROR, BRIEFING_EXTRACT_ERROR_INVALID_RULES);
  g_assert_nonnull (strstr (error->message, "mine.json"));
  g_assert_nonnull (strstr (error->message, "demands[0]"));
  g_clear_error (&error);
  g_assert_cmpint (g_remove (path), ==, 0);

  g_assert_null (briefing_extract_rules_new_for_language ("xx", &error));
  g_assert_error (error, BRIEFING_EXTRACT_ERROR, BRIEFING_EXTRACT_ERROR_NO_RULES);
  g_clear_error (&error);

  /* A language with its region is read with the language's rules. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(BriefingExtractRules) regional =
        briefing_extract_rules_new_builtin (i == 0 ? "en-GB" : "en_US", &error);

      g_assert_no_error (error);
      g_assert_cmpstr (briefing_extract_rules_get_language (regional), ==, "en");
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/extract/dates", test_dates);
  g_test_add_func ("/extract/parties", test_parties);
  g_test_add_func ("/extract/demands", test_demands);
  g_test_add_func ("/extract/outcomes", test_outcomes);
  g_test_add_func ("/extract/events", test_events);
  g_test_add_func ("/extract/figures", test_figures);
  g_test_add_func ("/extract/apply/paraphrase", test_apply_seed_paraphrase);
  g_test_add_func ("/extract/apply/refuses-missing-event", test_apply_refuses_missing_event);
  g_test_add_func ("/extract/apply/demand-without-event", test_demand_without_event);
  g_test_add_func ("/extract/apply/party-named-once-answers", test_party_named_once_answers);
  g_test_add_func ("/extract/large-article", test_large_article);
  g_test_add_func ("/extract/empty-article", test_empty_article);
  g_test_add_func ("/extract/rules/user-files", test_user_rules);

  return g_test_run ();
}
