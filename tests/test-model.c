/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-model"

#include "config.h"

#include <string.h>

#include "briefing-article.h"
#include "briefing-bundle.h"
#include "briefing-citation.h"
#include "briefing-date.h"
#include "briefing-demand.h"
#include "briefing-dispute.h"
#include "briefing-event.h"
#include "briefing-outcome.h"
#include "briefing-party.h"
#include "briefing-person.h"
#include "briefing-response.h"

static BriefingDate
parse_date (const char *text)
{
  g_autoptr(GError) error = NULL;
  BriefingDate date = { 0 };

  g_assert_true (briefing_date_parse (text, &date, &error));
  g_assert_no_error (error);

  return date;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

/* Person */

static void
test_person_copy (void)
{
  g_autoptr(BriefingPerson) person = briefing_person_new ("Rustem Umerov", "Minister", "ua");
  g_autoptr(BriefingPerson) copy = briefing_person_copy (person);
  g_autoptr(BriefingPerson) other = briefing_person_new ("Rustem Umerov", NULL, "ua");

  g_assert_true (copy != person);
  g_assert_cmpstr (copy->name, ==, "Rustem Umerov");
  g_assert_cmpstr (copy->title, ==, "Minister");
  g_assert_cmpstr (copy->party, ==, "ua");
  g_assert_true (briefing_person_equal (person, copy));
  g_assert_false (briefing_person_equal (person, other));
  g_assert_false (briefing_person_equal (person, NULL));
  g_assert_true (briefing_person_equal (NULL, NULL));
}

/* Citation */

static void
test_citation_position (void)
{
  g_autoptr(BriefingCitation) citation = briefing_citation_new ("a1", "swap");
  gint64 start = -1;
  gint64 end = -1;
  gsize anchor_start = 0;
  gsize anchor_end = 0;

  g_assert_false (briefing_citation_get_position (citation, &start, &end));
  g_assert_cmpint (start, ==, -1);

  briefing_citation_set_position (citation, 4, 8);
  g_assert_true (briefing_citation_get_position (citation, &start, &end));
  g_assert_cmpint (start, ==, 4);
  g_assert_cmpint (end, ==, 8);

  briefing_citation_clear_position (citation);
  g_assert_false (briefing_citation_get_position (citation, NULL, NULL));

  g_assert_false (briefing_citation_get_anchor (citation, NULL, NULL));
  briefing_citation_set_anchor (citation, 12, 16);
  g_assert_true (briefing_citation_get_anchor (citation, &anchor_start, &anchor_end));
  g_assert_cmpuint (anchor_start, ==, 12);
  g_assert_cmpuint (anchor_end, ==, 16);
}

/* Party */

static void
test_party_notify (void)
{
  g_autoptr(BriefingParty) party = briefing_party_new ("ua", "Ukraine", BRIEFING_PARTY_ROLE_PARTY);
  guint name_count = 0;
  guint label_count = 0;
  guint role_count = 0;

  g_signal_connect (party, "notify::name", G_CALLBACK (count_notify), &name_count);
  g_signal_connect (party, "notify::label", G_CALLBACK (count_notify), &label_count);
  g_signal_connect (party, "notify::role", G_CALLBACK (count_notify), &role_count);

  briefing_party_set_name (party, "Ukraine");
  g_assert_cmpuint (name_count, ==, 0);

  briefing_party_set_name (party, "Ukraïna");
  g_assert_cmpuint (name_count, ==, 1);
  g_assert_cmpuint (label_count, ==, 1);
  g_assert_cmpstr (briefing_party_get_label (party), ==, "Ukraïna");

  /* "" is a value like any other, NULL clears. */
  briefing_party_set_name (party, "");
  briefing_party_set_name (party, NULL);
  g_assert_cmpuint (name_count, ==, 3);
  g_assert_null (briefing_party_get_name (party));
  briefing_party_set_name (party, "Ukraine");

  /* With a short name, the name no longer changes the label. */
  briefing_party_set_short_name (party, "UA");
  g_assert_cmpstr (briefing_party_get_label (party), ==, "UA");
  label_count = 0;
  briefing_party_set_name (party, "Ukraine (Kyiv)");
  g_assert_cmpuint (label_count, ==, 0);

  g_object_set (party, "name", "Ukraine (Kyiv)", "role", BRIEFING_PARTY_ROLE_PARTY, NULL);
  g_assert_cmpuint (role_count, ==, 0);
  briefing_party_set_role (party, BRIEFING_PARTY_ROLE_OBSERVER);
  briefing_party_set_role (party, BRIEFING_PARTY_ROLE_OBSERVER);
  g_assert_cmpuint (role_count, ==, 1);
}

static void
test_party_representatives (void)
{
  g_autoptr(BriefingParty) party = briefing_party_new ("tr", "Türkiye",
                                                       BRIEFING_PARTY_ROLE_MEDIATOR);
  GPtrArray *representatives = briefing_party_get_representatives (party);
  BriefingPerson *person;

  g_assert_cmpuint (representatives->len, ==, 0);
  briefing_party_add_representative (party, "Hakan Fidan", "Foreign Minister");
  g_assert_cmpuint (representatives->len, ==, 1);

  person = g_ptr_array_index (representatives, 0);
  g_assert_cmpstr (person->name, ==, "Hakan Fidan");
  g_assert_cmpstr (person->title, ==, "Foreign Minister");
  g_assert_null (person->party);
}

/* Article */

static void
assert_paragraph (BriefingArticle *article,
                  guint            index,
                  const char      *expected)
{
  g_autofree char *paragraph = briefing_article_dup_paragraph (article, index);
  const char *text = briefing_article_get_text (article);
  gsize start;
  gsize end;

  briefing_article_get_paragraph_range (article, index, &start, &end);
  g_assert_cmpuint (end - start, ==, strlen (expected));
  g_assert_true (memcmp (text + start, expected, end - start) == 0);
  g_assert_cmpstr (paragraph, ==, expected);
}

static void
test_article_paragraphs (void)
{
  g_autoptr(BriefingArticle) article = briefing_article_new ("a1", "Talks end without a truce");
  const char * const paragraphs[] = {
    "First, in Istanbul.", "Zweitens: Gespräche.", "Third.", NULL
  };
  const char *expected = "First, in Istanbul.\n\nZweitens: Gespräche.\n\nThird.";
  guint text_count = 0;

  g_signal_connect (article, "notify::text", G_CALLBACK (count_notify), &text_count);

  briefing_article_set_paragraphs (article, paragraphs);
  g_assert_cmpstr (briefing_article_get_text (article), ==, expected);
  g_assert_cmpuint (briefing_article_get_text_length (article), ==, strlen (expected));
  g_assert_cmpuint (briefing_article_get_n_paragraphs (article), ==, 3);
  g_assert_cmpuint (text_count, ==, 1);

  assert_paragraph (article, 0, "First, in Istanbul.");
  assert_paragraph (article, 1, "Zweitens: Gespräche.");
  assert_paragraph (article, 2, "Third.");

  /* The same body again is no change. */
  briefing_article_set_paragraphs (article, paragraphs);
  g_assert_cmpuint (text_count, ==, 1);

  briefing_article_set_paragraphs (article, NULL);
  g_assert_cmpstr (briefing_article_get_text (article), ==, "");
  g_assert_cmpuint (briefing_article_get_text_length (article), ==, 0);
  g_assert_cmpuint (briefing_article_get_n_paragraphs (article), ==, 0);
  g_assert_cmpuint (text_count, ==, 2);
}

static void
test_article_single_paragraph (void)
{
  g_autoptr(BriefingArticle) article = briefing_article_new ("a1", "One");
  const char * const paragraphs[] = { "Only one.", NULL };

  briefing_article_set_paragraphs (article, paragraphs);
  g_assert_cmpstr (briefing_article_get_text (article), ==, "Only one.");
  g_assert_cmpuint (briefing_article_get_n_paragraphs (article), ==, 1);
  assert_paragraph (article, 0, "Only one.");
}

static void
test_article_empty (void)
{
  g_autoptr(BriefingArticle) article = briefing_article_new ("a1", "Nothing yet");

  g_assert_nonnull (briefing_article_get_text (article));
  g_assert_cmpstr (briefing_article_get_text (article), ==, "");
  g_assert_cmpuint (briefing_article_get_n_paragraphs (article), ==, 0);
  g_assert_nonnull (briefing_article_get_authors (article));
  g_assert_null (briefing_article_get_authors (article)[0]);
  g_assert_cmpuint (briefing_article_get_images (article)->len, ==, 0);
  g_assert_cmpint (briefing_article_get_source_grade (article), ==, BRIEFING_SOURCE_GRADE_NONE);
  g_assert_false (briefing_date_is_set (briefing_article_get_published (article)));
}

static void
test_article_take_text (void)
{
  g_autoptr(BriefingArticle) article = briefing_article_new ("a1", "Taken");
  char *text = g_strdup ("Alpha.\n\nBeta gamma.");
  guint32 *offsets = g_new (guint32, 2);

  offsets[0] = 0;
  offsets[1] = 8;
  briefing_article_take_text (article, text, strlen (text), offsets, 2);

  /* Taken, not copied. */
  g_assert_true (briefing_article_get_text (article) == text);
  g_assert_cmpuint (briefing_article_get_n_paragraphs (article), ==, 2);
  assert_paragraph (article, 0, "Alpha.");
  assert_paragraph (article, 1, "Beta gamma.");

  briefing_article_take_text (article, NULL, 0, NULL, 0);
  g_assert_cmpstr (briefing_article_get_text (article), ==, "");
  g_assert_cmpuint (briefing_article_get_n_paragraphs (article), ==, 0);
}

static void
test_article_authors (void)
{
  g_autoptr(BriefingArticle) article = briefing_article_new ("a1", "By-lined");
  const char * const authors[] = { "Ann Author", "Bo Writer", NULL };
  g_auto(GStrv) from_property = NULL;
  guint count = 0;

  g_signal_connect (article, "notify::authors", G_CALLBACK (count_notify), &count);

  briefing_article_set_authors (article, authors);
  briefing_article_set_authors (article, authors);
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (g_strv_equal (briefing_article_get_authors (article), authors));

  g_object_get (article, "authors", &from_property, NULL);
  g_assert_true (g_strv_equal ((const char * const *) from_property, authors));

  briefing_article_set_authors (article, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_null (briefing_article_get_authors (article)[0]);
}

static void
test_article_images (void)
{
  g_autoptr(BriefingArticle) article = briefing_article_new ("a1", "Pictured");
  g_autoptr(BriefingImage) local = briefing_image_new ("images/talks.jpg", "The table", NULL);
  g_autoptr(BriefingImage) remote = briefing_image_new ("https://example.org/a.jpg", NULL, "AP");
  g_autoptr(BriefingImage) plain = briefing_image_new ("http://example.org/b.jpg", NULL, NULL);
  BriefingImage *copy;

  g_assert_false (briefing_image_is_remote (local));
  g_assert_true (briefing_image_is_remote (remote));
  g_assert_true (briefing_image_is_remote (plain));

  copy = briefing_image_copy (local);
  g_assert_cmpstr (copy->content_url, ==, "images/talks.jpg");
  g_assert_cmpstr (copy->caption, ==, "The table");
  g_assert_null (copy->credit);

  /* The article owns the image from now on. */
  briefing_article_add_image (article, copy);
  g_assert_cmpuint (briefing_article_get_images (article)->len, ==, 1);
  g_assert_true (g_ptr_array_index (briefing_article_get_images (article), 0) == copy);
}

/* Event */

static void
test_event_precision (void)
{
  BriefingDate start = parse_date ("2025-07-15");
  g_autoptr(BriefingEvent) event = briefing_event_new ("r3", BRIEFING_EVENT_KIND_TALKS,
                                                       "Third round", &start);
  BriefingDate display;
  guint count = 0;

  g_signal_connect (event, "notify::precision", G_CALLBACK (count_notify), &count);

  g_assert_false (briefing_event_has_explicit_precision (event));
  g_assert_cmpint (briefing_event_get_precision (event), ==, BRIEFING_DATE_PRECISION_DAY);
  display = briefing_event_get_display_start (event);
  g_assert_true (briefing_date_equal (&display, &start));

  /* Stated coarser: shown as July 2025. */
  briefing_event_set_precision (event, BRIEFING_DATE_PRECISION_MONTH);
  g_assert_true (briefing_event_has_explicit_precision (event));
  g_assert_cmpint (briefing_event_get_precision (event), ==, BRIEFING_DATE_PRECISION_MONTH);
  g_assert_cmpuint (count, ==, 1);
  display = briefing_event_get_display_start (event);
  g_assert_cmpint (display.precision, ==, BRIEFING_DATE_PRECISION_MONTH);
  g_assert_cmpint (display.year, ==, 2025);
  g_assert_cmpint (display.month, ==, 7);
  g_assert_cmpint (display.day, ==, 1);

  /* The start as written is kept. */
  g_assert_true (briefing_date_equal (briefing_event_get_start (event), &start));

  briefing_event_unset_precision (event);
  g_assert_false (briefing_event_has_explicit_precision (event));
  g_assert_cmpint (briefing_event_get_precision (event), ==, BRIEFING_DATE_PRECISION_DAY);
  g_assert_cmpuint (count, ==, 2);

  /* Stating the precision the start already has changes nothing visible. */
  briefing_event_set_precision (event, BRIEFING_DATE_PRECISION_DAY);
  g_assert_true (briefing_event_has_explicit_precision (event));
  g_assert_cmpuint (count, ==, 2);
  briefing_event_unset_precision (event);

  /* Without a stated precision, a new start brings its own. */
  start = parse_date ("2025-06");
  briefing_event_set_start (event, &start);
  g_assert_cmpint (briefing_event_get_precision (event), ==, BRIEFING_DATE_PRECISION_MONTH);
  g_assert_cmpuint (count, ==, 3);
}

static void
test_event_optional (void)
{
  BriefingDate start = parse_date ("2025-06-02T13:40:00+03:00");
  BriefingDate end = parse_date ("2025-06-02T14:50:00+03:00");
  g_autoptr(BriefingEvent) event = briefing_event_new ("r2", BRIEFING_EVENT_KIND_TALKS,
                                                       "Second round", &start);
  guint count = 0;

  g_signal_connect (event, "notify::end", G_CALLBACK (count_notify), &count);

  g_assert_null (briefing_event_get_end (event));
  g_assert_cmpint (briefing_event_get_duration (event), ==, -1);
  g_assert_cmpuint (briefing_event_get_round (event), ==, 0);

  briefing_event_set_end (event, &end);
  briefing_event_set_end (event, &end);
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (briefing_date_equal (briefing_event_get_end (event), &end));

  briefing_event_set_end (event, NULL);
  briefing_event_set_end (event, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_null (briefing_event_get_end (event));

  briefing_event_set_duration (event, 70 * 60);
  g_assert_cmpint (briefing_event_get_duration (event), ==, 4200);
  briefing_event_set_duration (event, -1);
  g_assert_cmpint (briefing_event_get_duration (event), ==, -1);
}

static void
test_event_involves (void)
{
  BriefingDate start = parse_date ("2025-06-02");
  g_autoptr(BriefingEvent) event = briefing_event_new ("r2", BRIEFING_EVENT_KIND_TALKS,
                                                       "Second round", &start);

  briefing_event_add_participant (event, "ua");
  briefing_event_add_participant (event, "ru");
  briefing_event_add_mediator (event, "us");
  briefing_event_set_host (event, "tr");
  briefing_event_add_delegation_head (event, "ua", "Rustem Umerov", NULL);

  g_assert_true (briefing_event_involves (event, "ua"));
  g_assert_true (briefing_event_involves (event, "ru"));
  g_assert_true (briefing_event_involves (event, "us"));
  g_assert_true (briefing_event_involves (event, "tr"));
  g_assert_false (briefing_event_involves (event, "eu"));
  g_assert_false (briefing_event_involves (event, "r2"));
  g_assert_cmpuint (briefing_event_get_participants (event)->len, ==, 2);
  g_assert_cmpuint (briefing_event_get_delegation_heads (event)->len, ==, 1);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  return briefing_event_compare (*(BriefingEvent **) a, *(BriefingEvent **) b);
}

static void
test_event_compare (void)
{
  BriefingDate may = parse_date ("2025-05-16");
  BriefingDate june = parse_date ("2025-06");
  BriefingDate june_2 = parse_date ("2025-06-02");
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  BriefingEvent *a;
  BriefingEvent *b;

  g_ptr_array_add (events, briefing_event_new ("r2", BRIEFING_EVENT_KIND_TALKS, "2", &june_2));
  g_ptr_array_add (events, briefing_event_new ("x", BRIEFING_EVENT_KIND_EXCHANGE, "x", &june_2));
  g_ptr_array_add (events, briefing_event_new ("r1", BRIEFING_EVENT_KIND_TALKS, "1", &may));
  g_ptr_array_add (events, briefing_event_new ("d", BRIEFING_EVENT_KIND_DEADLINE, "d", &june));

  g_ptr_array_sort (events, compare_events);

  g_assert_cmpstr (briefing_event_get_id (g_ptr_array_index (events, 0)), ==, "r1");
  g_assert_cmpstr (briefing_event_get_id (g_ptr_array_index (events, 3)), ==, "x");
  g_assert_cmpstr (briefing_event_get_id (g_ptr_array_index (events, 2)), ==, "r2");

  /* Same start: the id decides, both ways round, and an event equals only itself. */
  a = g_ptr_array_index (events, 2);
  b = g_ptr_array_index (events, 3);
  g_assert_cmpint (briefing_event_compare (a, b), <, 0);
  g_assert_cmpint (briefing_event_compare (b, a), >, 0);
  g_assert_cmpint (briefing_event_compare (a, a), ==, 0);
}

/* Bundle */

static BriefingBundle *
make_bundle (void)
{
  BriefingBundle *bundle = briefing_bundle_new ("istanbul-2025", "Istanbul talks");
  BriefingDate date = parse_date ("2025-06-02");
  g_autoptr(BriefingParty) ua = briefing_party_new ("ua", "Ukraine", BRIEFING_PARTY_ROLE_PARTY);
  g_autoptr(BriefingParty) ru = briefing_party_new ("ru", "Russia", BRIEFING_PARTY_ROLE_PARTY);
  g_autoptr(BriefingArticle) article = briefing_article_new ("a1", "Talks end");
  g_autoptr(BriefingEvent) event = briefing_event_new ("r2", BRIEFING_EVENT_KIND_TALKS,
                                                       "Second round", &date);
  g_autoptr(BriefingDemand) demand = briefing_demand_new ("d1", "ua", "A ceasefire", "ceasefire");

  briefing_bundle_set_language (bundle, "en");
  g_assert_true (briefing_bundle_add_party (bundle, ua));
  g_assert_true (briefing_bundle_add_party (bundle, ru));
  g_assert_true (briefing_bundle_add_article (bundle, article));
  g_assert_true (briefing_bundle_add_event (bundle, event));
  g_assert_true (briefing_bundle_add_demand (bundle, demand));

  return bundle;
}

static void
test_bundle_unique_ids (void)
{
  g_autoptr(BriefingBundle) bundle = make_bundle ();
  BriefingDate date = parse_date ("2025");
  g_autoptr(BriefingEvent) event = briefing_event_new ("ua", BRIEFING_EVENT_KIND_OTHER, "x", &date);
  g_autoptr(BriefingParty) party = briefing_party_new ("r2", "Named like an event",
                                                       BRIEFING_PARTY_ROLE_HOST);
  g_autoptr(BriefingParty) again = briefing_party_new ("ua", "Ukraine again",
                                                       BRIEFING_PARTY_ROLE_PARTY);

  g_assert_false (briefing_bundle_add_event (bundle, event));
  g_assert_false (briefing_bundle_add_party (bundle, party));
  g_assert_false (briefing_bundle_add_party (bundle, again));

  /* Nothing was added, and the first holder of each id is kept. */
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_events (bundle)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_parties (bundle)), ==, 2);
  g_assert_cmpstr (briefing_party_get_name (briefing_bundle_lookup_party (bundle, "ua")), ==,
                   "Ukraine");
}

static void
test_bundle_lookup (void)
{
  g_autoptr(BriefingBundle) bundle = make_bundle ();

  g_assert_true (BRIEFING_IS_PARTY (briefing_bundle_lookup (bundle, "ua")));
  g_assert_true (BRIEFING_IS_ARTICLE (briefing_bundle_lookup (bundle, "a1")));
  g_assert_null (briefing_bundle_lookup (bundle, "nobody"));

  g_assert_nonnull (briefing_bundle_lookup_party (bundle, "ru"));
  g_assert_nonnull (briefing_bundle_lookup_article (bundle, "a1"));
  g_assert_nonnull (briefing_bundle_lookup_event (bundle, "r2"));
  g_assert_nonnull (briefing_bundle_lookup_demand (bundle, "d1"));

  /* An id of another kind of item is not found. */
  g_assert_null (briefing_bundle_lookup_party (bundle, "r2"));
  g_assert_null (briefing_bundle_lookup_article (bundle, "ua"));
  g_assert_null (briefing_bundle_lookup_event (bundle, "d1"));
  g_assert_null (briefing_bundle_lookup_demand (bundle, "a1"));
}

static void
test_bundle_models (void)
{
  g_autoptr(BriefingBundle) bundle = make_bundle ();
  GListModel *parties = briefing_bundle_get_parties (bundle);
  g_autoptr(BriefingParty) first = NULL;
  guint added = 0;

  g_assert_true (g_list_model_get_item_type (parties) == BRIEFING_TYPE_PARTY);
  g_assert_true (g_list_model_get_item_type (briefing_bundle_get_articles (bundle)) ==
                 BRIEFING_TYPE_ARTICLE);
  g_assert_true (g_list_model_get_item_type (briefing_bundle_get_events (bundle)) ==
                 BRIEFING_TYPE_EVENT);
  g_assert_true (g_list_model_get_item_type (briefing_bundle_get_demands (bundle)) ==
                 BRIEFING_TYPE_DEMAND);

  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_articles (bundle)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_events (bundle)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_demands (bundle)), ==, 1);

  /* In the order they were added. */
  first = g_list_model_get_item (parties, 0);
  g_assert_cmpstr (briefing_party_get_id (first), ==, "ua");

  g_signal_connect (parties, "items-changed", G_CALLBACK (count_items_changed), &added);
  {
    g_autoptr(BriefingParty) tr = briefing_party_new ("tr", "Türkiye", BRIEFING_PARTY_ROLE_HOST);

    g_assert_true (briefing_bundle_add_party (bundle, tr));
  }
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, 3);
}

static void
test_bundle_summary (void)
{
  g_autoptr(BriefingBundle) bundle = make_bundle ();
  g_autoptr(BriefingBundle) empty = briefing_bundle_new ("empty", "Empty");
  g_autofree char *summary = briefing_bundle_dup_summary (bundle);
  g_autofree char *empty_summary = briefing_bundle_dup_summary (empty);

  g_assert_cmpstr (summary, ==, "1 article, 1 event, 1 demand, 2 parties");
  g_assert_cmpstr (empty_summary, ==, "0 articles, 0 events, 0 demands, 0 parties");
}

static void
test_bundle_article_language (void)
{
  g_autoptr(BriefingBundle) bundle = make_bundle ();
  BriefingArticle *article = briefing_bundle_lookup_article (bundle, "a1");

  g_assert_cmpstr (briefing_bundle_get_article_language (bundle, article), ==, "en");
  briefing_article_set_language (article, "uk");
  g_assert_cmpstr (briefing_bundle_get_article_language (bundle, article), ==, "uk");
}

static void
test_bundle_dates_and_file (void)
{
  g_autoptr(BriefingBundle) bundle = briefing_bundle_new ("b", "B");
  BriefingDate created = parse_date ("2025-06-03T09:00:00Z");
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/b.bundle.json");
  g_autoptr(BriefingBundle) other = NULL;
  guint count = 0;

  g_signal_connect (bundle, "notify::file", G_CALLBACK (count_notify), &count);

  g_assert_null (briefing_bundle_get_updated (bundle));
  briefing_bundle_set_created (bundle, &created);
  briefing_bundle_set_updated (bundle, &created);
  g_assert_true (briefing_date_equal (briefing_bundle_get_created (bundle), &created));
  g_assert_true (briefing_date_equal (briefing_bundle_get_updated (bundle), &created));
  briefing_bundle_set_updated (bundle, NULL);
  g_assert_null (briefing_bundle_get_updated (bundle));

  briefing_bundle_set_file (bundle, file);
  briefing_bundle_set_file (bundle, file);
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (briefing_bundle_get_file (bundle) == file);

  /* The file a bundle came from is not part of what it says. */
  other = briefing_bundle_new ("b", "B");
  briefing_bundle_set_created (other, &created);
  g_assert_true (briefing_bundle_equal (bundle, other));
}

/* Equality: two items built the same way are equal, and changing any one field of either makes
 * them differ. Each make_*() builds an item with every field set. */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/person/copy", test_person_copy);
  g_test_add_func ("/model/citation/position", test_citation_position);
  g_test_add_func ("/model/party/notify", test_party_notify);
  g_test_add_func ("/model/party/representatives", test_party_representatives);
  g_test_add_func ("/model/article/paragraphs", test_article_paragraphs);
  g_test_add_func ("/model/article/single-paragraph", test_article_single_paragraph);
  g_test_add_func ("/model/article/empty", test_article_empty);
  g_test_add_func ("/model/article/take-text", test_article_take_text);
  g_test_add_func ("/model/article/authors", test_article_authors);
  g_test_add_func ("/model/article/images", test_article_images);
  g_test_add_func ("/model/event/precision", test_event_precision);
  g_test_add_func ("/model/event/optional", test_event_optional);
  g_test_add_func ("/model/event/involves", test_event_involves);
  g_test_add_func ("/model/event/compare", test_event_compare);
  g_test_add_func ("/model/bundle/unique-ids", test_bundle_unique_ids);
  g_test_add_func ("/model/bundle/lookup", test_bundle_lookup);
  g_test_add_func ("/model/bundle/models", test_bundle_models);
  g_test_add_func ("/model/bundle/summary", test_bundle_summary);
  g_test_add_func ("/model/bundle/article-language", test_bundle_article_language);
  g_test_add_func ("/model/bundle/dates-and-file", test_bundle_dates_and_file);

  return g_test_run ();
}
