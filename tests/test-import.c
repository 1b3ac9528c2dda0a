/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "briefing-article-import.h"
#include "briefing-bundle-reader.h"
#include "briefing-bundle-writer.h"
#include "briefing-import-private.h"

#define SEED "/work/shared/seeds/istanbul-talks-2025-06-02.txt"

/* The corpus: tests/data/import/NAME.{html,txt,md} and NAME.expected.json beside it. */

/* Under valgrind everything runs some ten times slower: BRIEFING_TEST_TIME_SCALE (set by the
 * valgrind setups in meson.build) stretches the bounds on elapsed time. */
static gint64
time_scale (void)
{
  const char *scale = g_getenv ("BRIEFING_TEST_TIME_SCALE");

  return scale != NULL ? CLAMP (g_ascii_strtoll (scale, NULL, 10), 1, 100) : 1;
}

static char *
corpus_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", NULL);
}

static void
assert_string_member (JsonObject *expected,
                      const char *member,
                      const char *actual,
                      const char *page)
{
  JsonNode *node = json_object_get_member (expected, member);
  const char *want = node != NULL && !JSON_NODE_HOLDS_NULL (node) ? json_node_get_string (node) : NULL;

  if (g_strcmp0 (want, actual) != 0)
    g_error ("%s: %s is “%s”, expected “%s”", page, member, actual ? actual : "(none)", want ? want : "(none)");
}

static void
test_corpus_page (gconstpointer data)
{
  const char *page = data;
  g_autofree char *dir = corpus_dir ();
  g_autofree char *expected_path = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *page_path = g_build_filename (dir, page, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (page_path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  BriefingImportHints hints = { 0 };
  const char * const *authors;
  JsonObject *expected;
  JsonArray *paragraphs, *want_authors;
  guint n;

  stem = g_strndup (page, strrchr (page, '.') - page);
  expected_path = g_strdup_printf ("%s/%s.expected.json", dir, stem);
  json_parser_load_from_file (parser, expected_path, &error);
  g_assert_no_error (error);
  expected = json_node_get_object (json_parser_get_root (parser));

  article = briefing_article_import_file (file, NULL, &hints, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (article);

  assert_string_member (expected, "headline", briefing_article_get_headline (article), page);
  assert_string_member (expected, "publisher", briefing_article_get_publisher (article), page);
  assert_string_member (expected, "language", briefing_article_get_language (article), page);
  assert_string_member (expected, "url", briefing_article_get_url (article), page);
  assert_string_member (expected, "place", hints.place, page);
  if (briefing_date_is_set (briefing_article_get_published (article)))
    date = briefing_date_to_string (briefing_article_get_published (article));
  assert_string_member (expected, "date", date, page);

  authors = briefing_article_get_authors (article);
  want_authors = json_object_get_array_member (expected, "authors");
  g_assert_cmpuint (g_strv_length ((char **) authors), ==, json_array_get_length (want_authors));
  for (guint i = 0; i < json_array_get_length (want_authors); i++)
    g_assert_cmpstr (authors[i], ==, json_array_get_string_element (want_authors, i));

  /* Every paragraph, in order, word for word: no clutter left, none of the body lost. */
  paragraphs = json_object_get_array_member (expected, "paragraphs");
  n = briefing_article_get_n_paragraphs (article);
  for (guint i = 0; i < MAX (n, json_array_get_length (paragraphs)); i++)
    {
      g_autofree char *got = i < n ? briefing_article_dup_paragraph (article, i) : NULL;
      const char *want = i < json_array_get_length (paragraphs) ? json_array_get_string_element (paragraphs, i) : NULL;

      if (g_strcmp0 (got, want) != 0)
        g_error ("%s: paragraph %u is\n  “%s”\nexpected\n  “%s”", page, i, got ? got : "(none)", want ? want : "(none)");
    }

  /* The id is the headline's slug. */
  {
    g_autofree char *slug = briefing_import_slug (briefing_article_get_headline (article));

    g_assert_cmpstr (briefing_article_get_id (article), ==, slug);
  }
  briefing_import_hints_clear (&hints);
}

/* The seed article, when this machine has it: it is not ours to copy into the corpus. */
static void
test_seed (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (SEED);
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  BriefingImportHints hints = { 0 };
  static const char * const starts[] = {
    "ISTANBUL, TURKEY – The latest round", "Both delegations confirmed", "However, the more pressing",
    "In contrast, Russia’s delegation", "“There was no love lost", "Turkish Foreign Minister Hakan Fidan",
    "The current round of talks", "For Ukraine, the commitment"
  };

  if (!g_file_test (SEED, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the seed article is not on this machine");
      return;
    }

  article = briefing_article_import_file (file, NULL, &hints, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (briefing_article_get_headline (article), ==,
                   "Istanbul Peace Talks: Russia and Ukraine Fail to Agree Ceasefire But Commit to Prisoner Exchange");
  g_assert_cmpuint (briefing_article_get_n_paragraphs (article), ==, G_N_ELEMENTS (starts));
  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      g_autofree char *para = briefing_article_dup_paragraph (article, i);

      g_assert_true (g_str_has_prefix (para, starts[i]));
      g_assert_null (strstr (para, "Image source"));
      g_assert_null (strstr (para, "Subscribe"));
      g_assert_null (strstr (para, "Notify of"));
      g_assert_null (strstr (para, "Comments"));
      g_assert_null (strstr (para, "Akismet"));
      g_assert_cmpstr (para, !=, "guest");
      g_assert_cmpstr (para, !=, "0");
      g_assert_cmpstr (para, !=, "118");
    }
  g_assert_cmpstr (hints.place, ==, "Istanbul, Turkey");
  /* "Monday, June 2nd" has no year and the page gives no publication date: none is made up. */
  g_assert_false (briefing_date_is_set (briefing_article_get_published (article)));
  g_assert_false (briefing_date_is_set (&hints.dateline_date));
  g_assert_null (briefing_article_get_publisher (article));
  briefing_import_hints_clear (&hints);
}

/* Bad pages get errors that say what is wrong. */

static void
assert_refused (const char *data,
                gssize      length,
                const char *content_type,
                const char *file_name,
                int         code,
                const char *words)
{
  BriefingImportSource source = { content_type, file_name, NULL, NULL };
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  article = briefing_article_import (data, length >= 0 ? (gsize) length : strlen (data), &source, NULL, &error);
  g_assert_null (article);
  g_assert_error (error, BRIEFING_IMPORT_ERROR, code);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

static void
test_errors (void)
{
  static const char unknown[] = "<meta charset=\"x-no-such-charset\"><title>T</title><p>Text.</p>";
  static const char junk[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0\x5c\x72\xa8\x66\0\0\0\x01sRGB";
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/page.html");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = corpus_dir ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  assert_refused ("", 0, NULL, "page.html", BRIEFING_IMPORT_ERROR_EMPTY, "empty");
  assert_refused (" \n\t\n", -1, NULL, "page.txt", BRIEFING_IMPORT_ERROR_EMPTY, "empty");
  assert_refused (junk, sizeof junk - 1, NULL, NULL, BRIEFING_IMPORT_ERROR_ENCODING, "NUL bytes");
  assert_refused ("\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x90\x28\xbc", -1, NULL, NULL, BRIEFING_IMPORT_ERROR_ENCODING,
                  "not UTF-8 (invalid byte at offset 0)");
  assert_refused ("\x01\x02\x03\x04 binary \x05\x06\x07\x08", -1, NULL, NULL, BRIEFING_IMPORT_ERROR_ENCODING,
                  "control bytes");
  assert_refused ("abc\0\0\0\0\0\0def\0\0\0", 15, NULL, "page.txt", BRIEFING_IMPORT_ERROR_ENCODING, "NUL");
  assert_refused ("<html><head><title>Only a frame</title></head><body><nav><a href=/>Home</a></nav>"
                  "<script>var x = 'Lots of words in a script are not text';</script>"
                  "<div class=\"cookie-banner\"><p>We use cookies to run this site.</p></div></body></html>",
                  -1, "text/html", NULL, BRIEFING_IMPORT_ERROR_NO_TEXT, "no article text");
  assert_refused ("<html><body><p>A paragraph with no headline anywhere near it.</p></body></html>",
                  -1, NULL, "page.html", BRIEFING_IMPORT_ERROR_NO_HEADLINE, "no headline");
  assert_refused ("<html><head><meta charset=\"x-no-such-charset\"><title>T\xe9</title></head>"
                  "<body><p>caf\xe9</p></body></html>", -1, NULL, "page.html",
                  BRIEFING_IMPORT_ERROR_ENCODING, "“x-no-such-charset”, which cannot be converted");
  /* A character set is the page's as a whole: no place is given. */
  g_assert_null (briefing_article_import (unknown, strlen (unknown), NULL, NULL, &error));
  g_assert_true (g_str_has_prefix (error->message, "the page declares the character set"));
  g_clear_error (&error);
  assert_refused ("<html><head><meta charset=\"utf-8\"><title>T</title></head><body><p>caf\xe9</p></body></html>",
                  -1, NULL, "page.html", BRIEFING_IMPORT_ERROR_ENCODING, "says it is UTF-8 but is not");
  assert_refused ("Headline\n\ncaf\xe9 au lait\n", -1, NULL, "page.txt", BRIEFING_IMPORT_ERROR_ENCODING,
                  "offset 13");
  /* Where the bad byte is, as line and column. */
  assert_refused ("Headline\n\ncaf\xe9 au lait\n", -1, NULL, "page.txt", BRIEFING_IMPORT_ERROR_ENCODING,
                  "3:4: the text is not UTF-8");
  assert_refused ("Headline\n\nText\0\n", 16, NULL, "page.txt", BRIEFING_IMPORT_ERROR_ENCODING,
                  "3:5: this is not a text or HTML page");
  assert_refused ("Headline\n\nText \xff\xfe\n", -1, "text/plain; charset=shift_jis", NULL,
                  BRIEFING_IMPORT_ERROR_ENCODING, "not valid shift_jis");
  assert_refused ("%PDF-1.7", -1, "application/pdf", NULL, BRIEFING_IMPORT_ERROR_UNSUPPORTED, "application/pdf");

  /* Files: the name is in the message. */
  g_assert_null (briefing_article_import_file (missing, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (briefing_article_import_file (folder, NULL, NULL, NULL, &error));
  g_assert_error (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "import"));
}

static void
test_charset_from_content_type (void)
{
  /* "Привіт" in KOI8-U, declared by the server only. */
  static const char text[] = "\xf0\xd2\xc9\xd7\xa6\xd4\n\n\xf0\xd2\xc9\xd7\xa6\xd4, \xd3\xd7\xa6\xd4\xc5.\n";
  BriefingImportSource source = { "text/plain; charset=KOI8-U", NULL, NULL, NULL };
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  article = briefing_article_import (text, sizeof text - 1, &source, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (briefing_article_get_headline (article), ==, "Привіт");
  g_assert_cmpstr (briefing_article_get_text (article), ==, "Привіт, світе.");
}

/* A headline longer than a bundle holds (one line of 1000 characters) is cut after a word, and the
 * article still goes into a bundle that reads back. */
static void
test_long_headline (void)
{
  BriefingImportSource source = { "text/plain", NULL, NULL, NULL };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(BriefingBundle) again = NULL;
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  BriefingDate day = { 2025, 6, 2, 0, 0, 0, BRIEFING_DATE_PRECISION_DAY, 0, 0 };
  BriefingDate created;
  const char *headline;
  char *data;
  gsize length;

  for (guint i = 0; i < 300; i++)
    g_string_append (text, "Delegates ");
  g_string_append (text, "\n\nThe talks went on.\n");

  article = briefing_article_import (text->str, text->len, &source, NULL, &error);
  g_assert_no_error (error);
  headline = briefing_article_get_headline (article);
  g_assert_cmpint (g_utf8_strlen (headline, -1), <=, 1000);
  g_assert_cmpint (g_utf8_strlen (headline, -1), >, 900);
  g_assert_true (g_str_has_suffix (headline, "Delegates…"));

  briefing_article_set_published (article, &day);
  briefing_article_set_publisher (article, "Wire");
  bundle = briefing_bundle_new ("long-headline", "Long headline");
  briefing_bundle_set_language (bundle, "en");
  g_assert_true (briefing_date_parse_date_time ("2025-06-03T09:00:00Z", &created, NULL));
  briefing_bundle_set_created (bundle, &created);
  briefing_bundle_add_article (bundle, article);
  data = briefing_bundle_to_data (bundle, &length);
  bytes = g_bytes_new_take (data, length);
  again = briefing_bundle_reader_read_bytes (reader, bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
}

/* The caller's id and URL win; a date in the text is not a publication date. */
static void
test_source_and_dates (void)
{
  static const char html[] =
    "<html><head><title>Talks resume</title><link rel=canonical href=\"https://example.org/a\"></head>"
    "<body><article><h1>Talks resume</h1><p>The next meeting is set for 23 July 2025 in Istanbul.</p>"
    "<p>By Monday, both delegations had left the city.</p></article></body></html>";
  static const char text[] = "Talks resume\nPublished: 4 June 2025\nBy Olena Marchuk\n\n"
                             "The meeting of 2 June 2025 ended early.\n";
  BriefingImportHints hints = { 0 };
  BriefingImportSource source = { NULL, "talks.html", "https://news.example.com/talks", "talks-1" };
  g_autofree char *date = NULL;
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(BriefingArticle) plain = NULL;
  g_autoptr(GError) error = NULL;

  article = briefing_article_import (html, strlen (html), &source, &hints, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (briefing_article_get_id (article), ==, "talks-1");
  g_assert_cmpstr (briefing_article_get_url (article), ==, "https://news.example.com/talks");
  g_assert_cmpstr (briefing_article_get_publisher (article), ==, "news.example.com");
  g_assert_true (hints.publisher_from_host);
  briefing_import_hints_clear (&hints);
  g_assert_false (briefing_date_is_set (briefing_article_get_published (article)));
  g_assert_cmpuint (g_strv_length ((char **) briefing_article_get_authors (article)), ==, 0);
  g_assert_cmpuint (briefing_article_get_n_paragraphs (article), ==, 2);

  /* Above the body, "Published …" is the page saying when it was published. */
  plain = briefing_article_import (text, strlen (text), NULL, NULL, &error);
  g_assert_no_error (error);
  date = briefing_date_to_string (briefing_article_get_published (plain));
  g_assert_cmpstr (date, ==, "2025-06-04");
  g_assert_cmpstr (briefing_article_get_authors (plain)[0], ==, "Olena Marchuk");
  g_assert_cmpstr (briefing_article_get_text (plain), ==, "The meeting of 2 June 2025 ended early.");
}

static void
test_text_rules (void)
{
  BriefingDate date;
  g_autofree char *place = NULL;
  char *s;

  g_assert_true (briefing_text_parse_date ("Monday, June 2nd, 2025", &date));
  g_assert_cmpint (date.year, ==, 2025);
  g_assert_cmpint (date.month, ==, 6);
  g_assert_cmpint (date.day, ==, 2);
  g_assert_true (briefing_text_parse_date ("23 July 2025, 22:10", &date));
  g_assert_true (briefing_text_parse_date ("2025-06-02T14:05:00", &date));
  g_assert_cmpint (date.precision, ==, BRIEFING_DATE_PRECISION_DAY);
  g_assert_true (briefing_text_parse_date ("02.06.2025", &date));
  g_assert_false (briefing_text_parse_date ("June 2", &date));
  g_assert_false (briefing_text_parse_date ("31 June 2025", &date));
  g_assert_false (briefing_text_parse_date ("2 June 2025 was a Monday", &date));

  g_assert_true (briefing_text_parse_publication ("Posted on June 2, 2025", &date));
  g_assert_false (briefing_text_parse_publication ("Updated June 3, 2025", &date));

  s = briefing_text_parse_byline ("By Olena Marchuk and Deniz Arslan");
  g_assert_cmpstr (s, ==, "Olena Marchuk and Deniz Arslan");
  g_free (s);
  g_assert_null (briefing_text_parse_byline ("By Monday, the talks had ended."));
  g_assert_null (briefing_text_parse_byline ("By June 2 the delegations were home"));

  g_assert_true (briefing_text_parse_dateline ("KYIV, June 2 (Wire) — Talks ended.", &place, &date));
  g_assert_cmpstr (place, ==, "Kyiv");
  g_assert_false (briefing_date_is_set (&date));
  g_clear_pointer (&place, g_free);
  g_assert_true (briefing_text_parse_dateline ("ISTANBUL, June 2, 2025 – Talks ended.", &place, &date));
  g_assert_cmpstr (place, ==, "Istanbul");
  g_assert_cmpint (date.day, ==, 2);
  g_clear_pointer (&place, g_free);
  g_assert_false (briefing_text_parse_dateline ("The talks – short as they were – ended.", &place, &date));

  for (guint i = 0; i < 6; i++)
    {
      static const char * const clutter[] = { "Subscribe", "0 Comments", "Newest Most Voted",
                                              "Image source: Turkish Ministry of Foreign Affairs",
                                              "Photo: Danube Post", "118" };

      g_assert_true (briefing_clutter_is_line (clutter[i]));
    }
  g_assert_false (briefing_clutter_is_line ("Subscribers to the agreement include both delegations."));
  g_assert_false (briefing_clutter_is_line ("The photo shows the delegations at the table."));

  g_assert_true (briefing_clutter_drops_name ("share-buttons social"));
  g_assert_true (briefing_clutter_drops_name ("wpd-comments"));
  g_assert_false (briefing_clutter_drops_name ("entry-content article-body"));
  g_assert_false (briefing_clutter_drops_name ("leader shadow headline"));

  s = briefing_markdown_strip_inline ("**Bold** _and_ [a link](https://x.example) ![img](a.png) `code` snake_case_name");
  g_assert_cmpstr (s, ==, "Bold and a link  code snake_case_name");
  g_free (s);
  /* Script on a line of Markdown is code, not words; a link's address may hold parentheses. */
  s = briefing_markdown_strip_inline ("Talks <script>alert(\"x\")</script>ended [in a draw](javascript:alert(1)) today.");
  g_assert_cmpstr (s, ==, "Talks ended in a draw today.");
  g_free (s);

  s = briefing_text_normalize ("  a\u00a0\tb\u200bc\n\nd\u00ad  ", -1);
  g_assert_cmpstr (s, ==, "a bc d");
  g_free (s);

  s = briefing_import_slug ("Istanbul Peace Talks: Russia and Ukraine Fail to Agree Ceasefire But Commit to Prisoner Exchange");
  g_assert_cmpstr (s, ==, "istanbul-peace-talks-russia-and-ukraine-fail-to-agree-ceasefire");
  g_assert_cmpuint (strlen (s), <=, 64);
  g_free (s);
  s = briefing_import_slug ("Стамбул");
  g_assert_true (g_ascii_isalnum (s[0]));
  g_free (s);

  g_assert_cmpint (briefing_import_guess_format ("text/html; charset=utf-8", "a.txt", "", 0), ==, BRIEFING_IMPORT_FORMAT_HTML);
  g_assert_cmpint (briefing_import_guess_format (NULL, "a.MD", "", 0), ==, BRIEFING_IMPORT_FORMAT_MARKDOWN);
  g_assert_cmpint (briefing_import_guess_format (NULL, NULL, "  <!DOCTYPE html><html>", 22), ==, BRIEFING_IMPORT_FORMAT_HTML);
  g_assert_cmpint (briefing_import_guess_format (NULL, NULL, "Headline\n\nText", 14), ==, BRIEFING_IMPORT_FORMAT_TEXT);
}

/* Hostile pages: each must end, with an article or an error; finishing is the test. */
static void
import_hostile (const char *data,
                gsize       length,
                const char *file_name)
{
  BriefingImportSource source = { NULL, file_name, NULL, NULL };
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  article = briefing_article_import (data, length, &source, NULL, &error);
  g_assert_true ((article != NULL) != (error != NULL));
  if (article != NULL)
    g_assert_cmpuint (briefing_article_get_n_paragraphs (article), >, 0);
}

static void
test_hostile (void)
{
  GString *s = g_string_new ("<html><head><title>Deep</title></head><body>");
  char *huge;

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "<div>");
  g_string_append (s, "<p>Down here.</p>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "</div>");
  import_hostile (s->str, s->len, "deep.html");

  /* The same without closing tags, and nested inline elements. */
  g_string_assign (s, "<title>Deep</title>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (s, i % 2 ? "<b>x" : "<span class=\"a\">");
  import_hostile (s->str, s->len, "deep-inline.html");

  /* A 16 MB attribute. */
  g_string_assign (s, "<html><head><title>Huge</title></head><body><div class=\"");
  for (guint i = 0; i < 16 * 1024 * 1024 / 8; i++)
    g_string_append (s, "share-a ");
  g_string_append (s, "\"><p>Inside.</p></div><article><p>The text.</p></article></body></html>");
  import_hostile (s->str, s->len, "attribute.html");

  /* 10 MB of text: in paragraphs, in one paragraph, and as plain text on one line. */
  g_string_assign (s, "<html><head><title>Long</title></head><body><article>");
  while (s->len < 10 * 1024 * 1024)
    g_string_append (s, "<p>The delegations met again and agreed on an exchange of prisoners.</p>\n");
  g_string_append (s, "</article></body></html>");
  import_hostile (s->str, s->len, "long.html");

  g_string_assign (s, "<html><head><title>Long</title></head><body><p>");
  while (s->len < 10 * 1024 * 1024)
    g_string_append (s, "word &amp; word ");
  g_string_append (s, "</p></body></html>");
  import_hostile (s->str, s->len, "one-paragraph.html");

  huge = g_strnfill (10 * 1024 * 1024, 'a');
  huge[0] = 'H', huge[1] = '\n', huge[2] = '\n';
  import_hostile (huge, strlen (huge), "long.txt");
  import_hostile (huge, strlen (huge), "long.md");
  g_free (huge);

  /* Markdown's inline rules on pathological emphasis: on a line just short enough to be read as
   * Markdown, and on a long one. */
  for (guint n = 5000; n <= 100000; n += 95000)
    {
      g_string_assign (s, "Title\n\n");
      for (guint i = 0; i < n; i++)
        g_string_append (s, "*_[");
      import_hostile (s->str, s->len, "emphasis.md");
    }

  g_string_free (s, TRUE);
}

/* A block of raw HTML script in Markdown goes with its lines. */
static void
test_markdown_script_block (void)
{
  static const char md[] = "# Talks end\n\nThe delegations met again.\n\n<script>\nalert(\"x\");\n</script>\n\n"
                           "<STYLE type=\"text/css\">\np { color: red }\n</style>\n\nThey will meet in July.\n";
  BriefingImportSource source = { NULL, "page.md", NULL, NULL };
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  article = briefing_article_import (md, sizeof md - 1, &source, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (briefing_article_get_text (article), ==, "The delegations met again.\n\nThey will meet in July.");
}

/* JSON-LD nested a million deep: json-glib is not given it (it overflowed its stack), and the
 * page still imports from its other sources. */
static void
test_json_ld_deep (void)
{
  g_autoptr(GString) s = g_string_new ("<html><head><title>Talks end</title><script type=\"application/ld+json\">");
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (s, '[');
  g_string_append (s, "</script></head><body><article><p>The delegations met again.</p></article></body></html>");
  article = briefing_article_import (s->str, s->len, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (briefing_article_get_headline (article), ==, "Talks end");
}

/* A tag with a hundred thousand attributes is refused at once, where it is, instead of taking
 * libxml2 seconds; a thousand are read. */
static void
test_many_attributes (void)
{
  g_autoptr(GString) s = g_string_new ("<html><head><title>Crowded</title></head>\n<body><article>\n<p ");
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (s, "a%u=\"%u\" ", i, i);
  g_string_append (s, ">The delegations met again.</p></article></body></html>");
  g_assert_null (briefing_article_import (s->str, s->len, NULL, NULL, &error));
  g_assert_error (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_UNSUPPORTED);
  g_assert_true (g_str_has_prefix (error->message, "3:1: an element has more than 1000 attributes"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC * time_scale ());
  g_clear_error (&error);

  /* Attributes in a script's text or a comment are not attributes. */
  g_string_assign (s, "<html><head><title>Crowded</title><script>var x = \"<p ");
  for (guint i = 0; i < 2000; i++)
    g_string_append (s, "a ");
  g_string_append (s, "\";</script></head><body><!-- <p ");
  for (guint i = 0; i < 2000; i++)
    g_string_append (s, "b ");
  g_string_append (s, "--><article><p ");
  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (s, "a%u ", i);
  g_string_append (s, ">The delegations met again.</p></article></body></html>");
  article = briefing_article_import (s->str, s->len, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (briefing_article_get_text (article), ==, "The delegations met again.");
}

/* A <meta> that says UTF-16 was read as ASCII, so it lies: the page is read as UTF-8, as browsers do. */
static void
test_meta_charset_utf16 (void)
{
  static const char page[] = "<html><head><meta charset=\"utf-16\"><title>Caf\xc3\xa9 talks</title></head>"
                             "<body><article><p>The delegations met again.</p></article></body></html>";
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  article = briefing_article_import (page, sizeof page - 1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (briefing_article_get_headline (article), ==, "Café talks");
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) folder = NULL;
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);

  dir = corpus_dir ();
  folder = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    if (!g_str_has_suffix (name, ".expected.json"))
      g_ptr_array_add (pages, g_strdup (name));
  g_ptr_array_sort (pages, compare_names);
  g_assert_cmpuint (pages->len, >=, 8);

  for (guint i = 0; i < pages->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/corpus/%s", (char *) pages->pdata[i]);

      g_test_add_data_func (path, pages->pdata[i], test_corpus_page);
    }
  g_test_add_func ("/import/seed", test_seed);
  g_test_add_func ("/import/errors", test_errors);
  g_test_add_func ("/import/long-headline", test_long_headline);
  g_test_add_func ("/import/charset-from-content-type", test_charset_from_content_type);
  g_test_add_func ("/import/source-and-dates", test_source_and_dates);
  g_test_add_func ("/import/text-rules", test_text_rules);
  g_test_add_func ("/import/hostile", test_hostile);
  g_test_add_func ("/import/json-ld-deep", test_json_ld_deep);
  g_test_add_func ("/import/markdown-script-block", test_markdown_script_block);
  g_test_add_func ("/import/many-attributes", test_many_attributes);
  g_test_add_func ("/import/meta-charset-utf16", test_meta_charset_utf16);

  return g_test_run ();
}
