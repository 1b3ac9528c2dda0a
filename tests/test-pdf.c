/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PDF of a briefing, read back with poppler-utils (pdftotext, pdfinfo, pdffonts): what it says,
 * its paper, fonts, outline, links, metadata and bytes; and the page layout's own rules — nothing
 * past the margins, nothing overlapping, no heading at the foot of a page, table headers repeated.
 * Compositions come from the composer on the sample bundle and, for scripts and long tables, are
 * built by hand. Tests that read PDFs skip when poppler-utils is not installed; with
 * BRIEFING_KEEP_PDFS set, the PDFs stay behind to be looked at. */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "briefing-composition-private.h"
#include "briefing-page-layout-private.h"
#include "briefing-pdf-private.h"
#include "composer-test-utils.h"
#include "pdf-test-utils.h"

#define ARABIC   "تبادل الأسرى هو النتيجة الوحيدة المتفق عليها في جولة إسطنبول"
#define CYRILLIC "Обмен пленными — единственный согласованный итог стамбульского раунда"
#define TURKISH  "Dışişleri Bakanı Hakan Fidan, İstanbul’daki görüşmeyi açtı"

static char *temp_dir;

static gboolean
have_poppler (void)
{
  static const char * const tools[] = { "pdftotext", "pdfinfo", "pdffonts" };

  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      g_autofree char *found = g_find_program_in_path (tools[i]);

      if (found == NULL)
        {
          g_test_skip ("poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed");
          return FALSE;
        }
    }
  return TRUE;
}

static char *
temp_path (const char *name)
{
  return g_build_filename (temp_dir, name, NULL);
}

/* The standard output of a tool that must succeed. */
static char *
run (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return g_steal_pointer (&out);
}

/* Runs of white space as one space, so that words wrapped over lines compare whole. */
static char *
collapse (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *one = g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);

  return g_strdup (g_strstrip (one));
}

/* The text of a page (from 1), or of all of them for 0, in drawing order. */
static char *
pdf_text (const char *path,
          guint       page)
{
  g_autofree char *first = g_strdup_printf ("%u", page);
  const char *all[] = { "pdftotext", "-q", "-raw", "-enc", "UTF-8", path, "-", NULL };
  const char *one[] = { "pdftotext", "-q", "-raw", "-enc", "UTF-8", "-f", first, "-l", first, path,
                        "-", NULL };
  g_autofree char *text = run (page == 0 ? all : one);

  return collapse (text);
}

static void
assert_has (const char *haystack,
            const char *needle)
{
  g_autofree char *words = collapse (needle);

  if (strstr (haystack, words) == NULL)
    g_error ("“%s” is not in the PDF's text", words);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” should not be in the PDF's text", needle);
}

static gboolean
has_bytes (const char *bytes,
           gsize       length,
           const char *needle)
{
  return memmem (bytes, length, needle, strlen (needle)) != NULL;
}

static char *
pdf_info (const char *path,
          const char *option)
{
  const char *argv[] = { "pdfinfo", option != NULL ? option : path, option != NULL ? path : NULL,
                         NULL };

  return run (argv);
}

/* The value of a "Key: value" line of pdfinfo. */
static char *
info_value (const char *info,
            const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  gsize key_length = strlen (key);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key) && lines[i][key_length] == ':')
      return g_strdup (g_strstrip (lines[i] + key_length + 1));

  g_error ("pdfinfo gave no %s", key);
  return NULL;
}

static guint
n_pages (const char *path)
{
  g_autofree char *info = pdf_info (path, NULL);
  g_autofree char *pages = info_value (info, "Pages");

  return atoi (pages);
}

static BriefingComposition *
compose_sample (BriefingSections sections,
                BriefingBundle **bundle_out)
{
  g_autoptr(BriefingBundle) bundle = load_sample ();
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(BriefingAnnotationStore) store = sample_store (dir, bundle);
  BriefingExportOptions options;
  BriefingComposition *composition;

  test_options_init (&options);
  options.sections = sections;
  options.prepared_by = g_strdup ("Policy Unit");
  options.summary = g_strdup ("Talks go on; the gap on a ceasefire is as wide as in May.");
  composition = briefing_compose (bundle, store, &options);
  briefing_export_options_clear (&options);
  remove_tree (dir);

  if (bundle_out != NULL)
    *bundle_out = g_steal_pointer (&bundle);
  return composition;
}

/* Composition by hand */

static BriefingParty *
add_party (BriefingBundle    *bundle,
           const char        *id,
           const char        *name,
           const char        *color,
           BriefingPartyRole  role)
{
  g_autoptr(BriefingParty) party = briefing_party_new (id, name, role);

  briefing_party_set_color (party, color);
  g_assert_true (briefing_bundle_add_party (bundle, party));
  return party;
}

static void
add_source (BriefingComposition *composition,
            const char          *id,
            const char          *headline,
            const char          *url)
{
  g_autoptr(BriefingArticle) article = briefing_article_new (id, headline);
  BriefingSource *source = g_new0 (BriefingSource, 1);
  BriefingDate published = parse_date ("2025-07-23");

  briefing_article_set_publisher (article, "Briefing sample");
  briefing_article_set_published (article, &published);
  briefing_article_set_url (article, url);
  briefing_article_set_source_grade (article, BRIEFING_SOURCE_GRADE_B);
  g_assert_true (briefing_bundle_add_article (composition->bundle, article));
  source->number = composition->sources->len + 1;
  source->article = g_object_ref (article);
  g_ptr_array_add (composition->sources, source);
}

static BriefingStatement *
statement (const char *text,
           guint       source)
{
  BriefingStatement *result = briefing_statement_new (text);

  briefing_statement_add_source (result, source);
  return result;
}

/* A briefing in three scripts, with one party making @n_demands demands, each answered with a
 * note of @note_length characters. */
static BriefingComposition *
hand_built (guint n_demands,
            gsize note_length)
{
  g_autoptr(BriefingBundle) bundle = briefing_bundle_new ("hand", "Istanbul talks");
  BriefingComposition *composition = briefing_composition_new (bundle);
  BriefingParty *ua = add_party (bundle, "ua", "Україна", "#0057b7", BRIEFING_PARTY_ROLE_PARTY);
  BriefingParty *ru = add_party (bundle, "ru", "Россия", "#d52b1e", BRIEFING_PARTY_ROLE_PARTY);
  BriefingParty *tr = add_party (bundle, "tr", "Türkiye", "#e30a17", BRIEFING_PARTY_ROLE_MEDIATOR);
  BriefingDate start = parse_date ("2025-07-23");
  g_autoptr(BriefingEvent) event = briefing_event_new ("round3", BRIEFING_EVENT_KIND_TALKS,
                                                       "Третий раунд переговоров", &start);
  BriefingComposedEvent *composed_event;
  BriefingComposedOutcome *outcome;
  BriefingComposedParty *composed_party;

  composition->sections = BRIEFING_SECTION_ALL;
  composition->title = g_strdup ("Переговоры в Стамбуле — Istanbul talks");
  composition->subject = g_strdup (TURKISH);
  composition->date = parse_date ("2025-07-28");
  composition->period_start = start;
  composition->period_end = start;
  g_ptr_array_add (composition->parties, g_object_ref (ua));
  g_ptr_array_add (composition->parties, g_object_ref (ru));
  g_ptr_array_add (composition->parties, g_object_ref (tr));

  add_source (composition, "a1", "Третий раунд: обмен 1200 на 1200",
              "https://example.org/ru/round3");
  add_source (composition, "a2", "محادثات إسطنبول: تبادل جديد للأسرى",
              "https://example.org/ar/round3");
  add_source (composition, "a3", "Dolmabahçe’de üçüncü tur", "https://example.org/tr/round3");

  g_ptr_array_add (composition->bottom_line, statement (ARABIC, 2));
  g_ptr_array_add (composition->bottom_line, statement (CYRILLIC, 1));

  briefing_event_set_round (event, 3);
  briefing_event_set_location (event, "Çırağan Palace, İstanbul");
  g_assert_true (briefing_bundle_add_event (bundle, event));
  composed_event = briefing_composed_event_new (event);
  g_ptr_array_add (composed_event->participants, g_object_ref (ua));
  g_ptr_array_add (composed_event->participants, g_object_ref (ru));
  g_ptr_array_add (composed_event->mediators, g_object_ref (tr));
  briefing_sources_add (composed_event->sources, 1);
  outcome = g_new0 (BriefingComposedOutcome, 1);
  outcome->status = BRIEFING_OUTCOME_STATUS_AGREED;
  outcome->statement = statement (CYRILLIC, 1);
  g_ptr_array_add (composed_event->outcomes, outcome);
  outcome = g_new0 (BriefingComposedOutcome, 1);
  outcome->status = BRIEFING_OUTCOME_STATUS_REJECTED;
  outcome->statement = statement (TURKISH, 3);
  outcome->disputed = g_strdup ("Sources differ on who refused first.");
  g_ptr_array_add (composed_event->outcomes, outcome);
  g_ptr_array_add (composition->events, composed_event);

  composed_party = briefing_composed_party_new (ua);
  for (guint i = 0; i < n_demands; i++)
    {
      g_autofree char *id = g_strdup_printf ("d%u", i);
      g_autofree char *text = g_strdup_printf ("Demand number %u: a ceasefire of at least %u days",
                                               i + 1, 30 + i);
      g_autoptr(BriefingDemand) demand = briefing_demand_new (id, "ua", text, "ceasefire");
      BriefingComposedDemand *composed = briefing_composed_demand_new (demand);
      BriefingComposedResponse *response = g_new0 (BriefingComposedResponse, 1);
      g_autoptr(GString) note = g_string_new (NULL);

      g_assert_true (briefing_bundle_add_demand (bundle, demand));
      briefing_statement_add_source (composed->statement, 1 + i % 3);
      composed->change = i % 4;
      while (note->len < note_length)
        g_string_append_printf (note, "Word%zu of the note. ", note->len);
      if (note_length > 0)
        g_string_append (note, "ENDOFNOTE");
      response->party = g_object_ref (ru);
      response->stance = BRIEFING_STANCE_REJECTS;
      response->note = note_length > 0 ? g_strdup (note->str) : NULL;
      response->statement = statement ("Россия отвергает.", 2);
      response->changed = i % 2;
      g_ptr_array_add (composed->responses, response);
      g_ptr_array_add (composed_party->demands, composed);
    }
  if (n_demands > 0)
    g_ptr_array_add (composition->positions, composed_party);
  else
    briefing_composed_party_free (composed_party);

  return composition;
}

/* What the composer gives for the sample */

static void
test_sample_content (void)
{
  g_autoptr(BriefingComposition) composition = compose_sample (BRIEFING_SECTION_ALL, NULL);
  g_autofree char *path = temp_path ("sample.pdf");
  g_autofree char *text = NULL;
  g_autofree char *footer = NULL;
  guint n_demands = 0;

  if (!have_poppler ())
    return;

  write_pdf (composition, BRIEFING_PAPER_A4, path);
  text = pdf_text (path, 0);

  assert_has (text, composition->title);
  for (BriefingSections s = BRIEFING_SECTION_BOTTOM_LINE; s < BRIEFING_SECTION_ALL; s <<= 1)
    assert_has (text, briefing_section_get_title (s));

  for (guint i = 0; i < composition->parties->len; i++)
    assert_has (text, briefing_party_get_name (g_ptr_array_index (composition->parties, i)));

  for (guint p = 0; p < composition->positions->len; p++)
    {
      BriefingComposedParty *party = g_ptr_array_index (composition->positions, p);

      for (guint d = 0; d < party->demands->len; d++, n_demands++)
        {
          BriefingComposedDemand *demand = g_ptr_array_index (party->demands, d);

          assert_has (text, demand->statement->text);
        }
    }
  g_assert_cmpuint (n_demands, >, 10);

  g_assert_cmpuint (composition->sources->len, >, 3);
  for (guint i = 0; i < composition->sources->len; i++)
    {
      BriefingSource *source = g_ptr_array_index (composition->sources, i);

      assert_has (text, briefing_article_get_headline (source->article));
    }

  for (guint i = 0; i < composition->questions->len; i++)
    {
      BriefingComposedQuestion *question = g_ptr_array_index (composition->questions, i);

      assert_has (text, question->text);
    }
  assert_has (text, "Overdue");
  assert_has (text, "Third swap in a row.");
  assert_has (text, composition->summary);

  footer = g_strdup_printf ("Page 2 of %u", n_pages (path));
  assert_has (text, footer);
}

static void
test_sections_off (void)
{
  BriefingSections shown = BRIEFING_SECTION_ALL & ~(BRIEFING_SECTION_TIMELINE |
                                                    BRIEFING_SECTION_ANNOTATIONS);
  g_autoptr(BriefingComposition) composition = compose_sample (shown, NULL);
  g_autoptr(BriefingComposition) without_cover = compose_sample (shown & ~BRIEFING_SECTION_COVER,
                                                                 NULL);
  g_autofree char *path = temp_path ("sections.pdf");
  g_autofree char *text = NULL;
  g_autofree char *first_page = NULL;

  if (!have_poppler ())
    return;

  write_pdf (composition, BRIEFING_PAPER_A4, path);
  text = pdf_text (path, 0);
  assert_lacks (text, briefing_section_get_title (BRIEFING_SECTION_TIMELINE));
  assert_lacks (text, briefing_section_get_title (BRIEFING_SECTION_ANNOTATIONS));
  assert_has (text, briefing_section_get_title (BRIEFING_SECTION_POSITIONS));
  assert_has (text, briefing_section_get_title (BRIEFING_SECTION_SOURCES));
  /* The cover's contents list only what is there. */
  first_page = pdf_text (path, 1);
  assert_has (first_page, "Contents");
  assert_lacks (first_page, briefing_section_get_title (BRIEFING_SECTION_TIMELINE));

  /* Without a cover the first page starts with the bottom line under the running header. */
  write_pdf (without_cover, BRIEFING_PAPER_A4, path);
  g_free (first_page);
  first_page = pdf_text (path, 1);
  assert_lacks (first_page, "Contents");
  assert_has (first_page, briefing_section_get_title (BRIEFING_SECTION_BOTTOM_LINE));
}

static void
test_paper (void)
{
  g_autoptr(BriefingComposition) composition = compose_sample (BRIEFING_SECTION_ALL, NULL);
  g_autofree char *a4 = temp_path ("a4.pdf");
  g_autofree char *letter = temp_path ("letter.pdf");
  g_autofree char *a4_info = NULL;
  g_autofree char *letter_info = NULL;
  g_autofree char *a4_size = NULL;
  g_autofree char *letter_size = NULL;

  if (!have_poppler ())
    return;

  write_pdf (composition, BRIEFING_PAPER_A4, a4);
  write_pdf (composition, BRIEFING_PAPER_LETTER, letter);
  a4_info = pdf_info (a4, NULL);
  letter_info = pdf_info (letter, NULL);
  a4_size = info_value (a4_info, "Page size");
  letter_size = info_value (letter_info, "Page size");
  g_assert_true (g_str_has_suffix (a4_size, "(A4)"));
  g_assert_true (g_str_has_prefix (letter_size, "612 x 792 pts"));

  /* Cover, bottom line and timeline, positions, questions to sources: a few pages, not dozens. */
  g_assert_cmpuint (n_pages (a4), >=, 4);
  g_assert_cmpuint (n_pages (a4), <=, 12);
  g_assert_cmpuint (n_pages (letter), >=, 4);
  g_assert_cmpuint (n_pages (letter), <=, 12);
}

static void
test_fonts_embedded (void)
{
  g_autoptr(BriefingComposition) composition = hand_built (3, 0);
  g_autofree char *path = temp_path ("fonts.pdf");
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;

  if (!have_poppler ())
    return;

  write_pdf (composition, BRIEFING_PAPER_A4, path);
  fonts = run ((const char *[]) { "pdffonts", path, NULL });
  lines = g_strsplit (fonts, "\n", -1);

  /* name, type (may hold a space), encoding, emb, sub, uni, object, generation */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      for (guint f = 0; fields[f] != NULL; f++)
        if (*fields[f] != '\0')
          g_ptr_array_add (words, fields[f]);
      if (words->len == 0)
        continue;

      g_assert_cmpuint (words->len, >=, 7);
      g_assert_true (g_str_has_prefix (g_ptr_array_index (words, 0), "DejaVu") ||
                     strstr (g_ptr_array_index (words, 0), "+DejaVu") != NULL);
      g_assert_cmpstr (g_ptr_array_index (words, words->len - 5), ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, 3);
}

static void
test_outline_and_links (void)
{
  g_autoptr(BriefingComposition) composition = compose_sample (BRIEFING_SECTION_ALL, NULL);
  g_autofree char *path = temp_path ("links.pdf");
  g_autofree char *bytes = NULL;
  g_autofree char *dests = NULL;
  g_autofree char *urls = NULL;
  gsize length;

  if (!have_poppler ())
    return;

  write_pdf (composition, BRIEFING_PAPER_A4, path);

  /* The outline: sections at the top, parties under Positions. cairo writes ASCII titles as
   * literal strings. */
  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  g_assert_true (has_bytes (bytes, length, "/Outlines"));
  g_assert_true (has_bytes (bytes, length, "/Title (Bottom line)"));
  g_assert_true (has_bytes (bytes, length, "/Title (Positions)"));
  g_assert_true (has_bytes (bytes, length, "/Title (Russia)"));
  g_assert_true (has_bytes (bytes, length, "/Title (Sources)"));

  /* Destinations: every section and every source; references and contents link to them. */
  dests = pdf_info (path, "-dests");
  g_assert_nonnull (strstr (dests, "section-positions"));
  for (guint i = 1; i <= composition->sources->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("source-%u", i);
      g_autofree char *link = g_strdup_printf ("/Dest (source-%u)", i);

      g_assert_nonnull (strstr (dests, name));
      g_assert_true (has_bytes (bytes, length, link));
    }
  g_assert_true (has_bytes (bytes, length, "/Dest (section-timeline)"));

  /* Every source's URL as an external link. */
  urls = pdf_info (path, "-url");
  for (guint i = 0; i < composition->sources->len; i++)
    {
      BriefingSource *source = g_ptr_array_index (composition->sources, i);
      const char *url = briefing_article_get_url (source->article);

      if (url != NULL)
        g_assert_nonnull (strstr (urls, url));
    }
}

static void
test_metadata (void)
{
  g_autoptr(BriefingComposition) composition = compose_sample (BRIEFING_SECTION_ALL, NULL);
  g_autofree char *path = temp_path ("metadata.pdf");
  g_autofree char *info = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *created = NULL;

  if (!have_poppler ())
    return;

  write_pdf (composition, BRIEFING_PAPER_A4, path);
  info = pdf_info (path, NULL);
  title = info_value (info, "Title");
  author = info_value (info, "Author");
  creator = info_value (info, "Creator");
  subject = info_value (info, "Subject");
  created = info_value (info, "CreationDate");
  g_assert_cmpstr (title, ==, composition->title);
  g_assert_cmpstr (author, ==, "Desk A");
  g_assert_cmpstr (creator, ==, "Briefing");
  g_assert_true (g_str_has_prefix (subject, "The three rounds of direct talks"));
  g_assert_nonnull (strstr (created, "Jul 28"));
  g_assert_nonnull (strstr (created, "2025"));
}

static void
test_deterministic (void)
{
  g_autoptr(BriefingComposition) composition = compose_sample (BRIEFING_SECTION_ALL, NULL);
  g_autoptr(BriefingComposition) again = compose_sample (BRIEFING_SECTION_ALL, NULL);
  g_autofree char *first = temp_path ("first.pdf");
  g_autofree char *second = temp_path ("second.pdf");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  gsize a_length, b_length;

  write_pdf (composition, BRIEFING_PAPER_A4, first);
  write_pdf (again, BRIEFING_PAPER_A4, second);
  g_assert_true (g_file_get_contents (first, &a, &a_length, NULL));
  g_assert_true (g_file_get_contents (second, &b, &b_length, NULL));
  g_assert_cmpmem (a, a_length, b, b_length);
}

/* Scripts and direction */

static gboolean
is_arabic (const char *words)
{
  for (const char *p = words; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_ARABIC)
      return TRUE;
  return FALSE;
}

static void
test_scripts (void)
{
  g_autoptr(BriefingComposition) composition = hand_built (2, 0);
  g_autofree char *path = temp_path ("scripts.pdf");
  g_autofree char *text = NULL;
  g_autofree char *flowing = NULL;
  g_autofree char *boxes = NULL;
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" "
                                        "xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">([^<]*)</word>",
                                        0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  double arabic_right = 0, cyrillic_left = G_MAXDOUBLE, width, inner_right;

  if (!have_poppler ())
    return;

  write_pdf (composition, BRIEFING_PAPER_A4, path);
  text = pdf_text (path, 0);
  assert_has (text, CYRILLIC);
  assert_has (text, TURKISH);
  assert_has (text, "Україна");
  assert_has (text, "Переговоры в Стамбуле");

  /* Right-to-left text comes out whole only in pdftotext's reading order. Words with the lam-alef
   * ligature ("الأسرى") come out with their two letters swapped, a known limit of text extraction
   * from ligatures in right-to-left runs; the page itself shows them right. */
  flowing = run ((const char *[]) { "pdftotext", "-q", "-enc", "UTF-8", path, "-", NULL });
  assert_has (flowing, "تبادل");
  assert_has (flowing, "النتيجة الوحيدة المتفق عليها في جولة إسطنبول");
  assert_has (flowing, "محادثات إسطنبول");

  /* The Arabic statement of the bottom line ends at the frame's right edge; the Cyrillic one
   * below it starts at the left. */
  boxes = run ((const char *[]) { "pdftotext", "-q", "-bbox", "-f", "2", "-l", "2", path, "-",
                                  NULL });
  g_regex_match (word, boxes, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *x_min = g_match_info_fetch (match, 1);
      g_autofree char *x_max = g_match_info_fetch (match, 2);
      g_autofree char *words = g_match_info_fetch (match, 3);

      if (is_arabic (words))
        arabic_right = MAX (arabic_right, g_ascii_strtod (x_max, NULL));
      if (g_str_equal (words, "Обмен"))
        cyrillic_left = MIN (cyrillic_left, g_ascii_strtod (x_min, NULL));
    }

  briefing_paper_get_size (BRIEFING_PAPER_A4, &width, NULL);
  inner_right = width - BRIEFING_PAGE_MARGIN_SIDE - BRIEFING_PAGE_FRAME_PAD;
  g_assert_cmpfloat (arabic_right, >, inner_right - 16);
  g_assert_cmpfloat (arabic_right, <=, inner_right + 0.5);
  g_assert_cmpfloat (cyrillic_left, <, width / 3);
}

/* Tables */

static void
test_table_across_pages (void)
{
  g_autoptr(BriefingComposition) composition = hand_built (70, 60);
  g_autofree char *path = temp_path ("table.pdf");
  g_autofree char *all = NULL;
  guint pages, continued = 0;

  if (!have_poppler ())
    return;

  write_pdf (composition, BRIEFING_PAPER_A4, path);
  pages = n_pages (path);
  g_assert_cmpuint (pages, >=, 5);

  all = pdf_text (path, 0);
  for (guint i = 0; i < 70; i++)
    {
      g_autofree char *demand = g_strdup_printf ("Demand number %u: a ceasefire", i + 1);

      assert_has (all, demand);
    }

  /* Each page the table goes on to starts with its caption and header row. */
  for (guint page = 2; page <= pages; page++)
    {
      g_autofree char *text = pdf_text (path, page);

      if (strstr (text, "Україна (continued)") == NULL)
        continue;
      assert_has (text, "Україна (continued) Demand Category Change Responses");
      continued++;
    }
  g_assert_cmpuint (continued, >=, 2);
}

static void
test_tall_row (void)
{
  g_autoptr(BriefingComposition) composition = hand_built (2, 9000);
  g_autofree char *path = temp_path ("tall.pdf");
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;

  write_pdf (composition, BRIEFING_PAPER_LETTER, path);
  text = pdf_text (path, 0);
  assert_has (text, "Word0 of the note.");
  assert_has (text, "ENDOFNOTE");
  g_assert_cmpuint (n_pages (path), >=, 5);
}

static void
test_empty_sections (void)
{
  g_autoptr(BriefingComposition) composition = hand_built (0, 0);
  g_autofree char *path = temp_path ("empty.pdf");
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;

  g_ptr_array_set_size (composition->bottom_line, 0);
  g_ptr_array_set_size (composition->events, 0);
  write_pdf (composition, BRIEFING_PAPER_A4, path);
  text = pdf_text (path, 0);
  for (BriefingSections s = BRIEFING_SECTION_BOTTOM_LINE; s < BRIEFING_SECTION_SOURCES; s <<= 1)
    {
      assert_has (text, briefing_section_get_title (s));
      assert_has (text, briefing_section_get_empty_text (s));
    }
}

/* Shaping ahead */

static BriefingPageLayout *
lay_out_pages (BriefingComposition *composition,
               gboolean             with_helper)
{
  cairo_surface_t *surface;
  BriefingPageLayout *layout;
  PangoContext *context, *helper = NULL;
  cairo_t *cr;
  double width, height;

  briefing_paper_get_size (BRIEFING_PAPER_A4, &width, &height);
  surface = cairo_pdf_surface_create (NULL, width, height);
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  if (with_helper)
    {
      PangoFontMap *font_map = pango_cairo_font_map_new ();

      helper = pango_font_map_create_context (font_map);
      pango_cairo_update_context (cr, helper);
      g_object_unref (font_map);
    }
  layout = briefing_page_layout_new_full (composition, context, helper, width, height);
  g_clear_object (&helper);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return layout;
}

/* Texts shaped ahead on a second thread are placed exactly where texts shaped one by one are. */
static void
test_layout_shaped_ahead (void)
{
  g_autoptr(BriefingBundle) bundle = scaled_sample (12);
  g_autoptr(BriefingComposition) composition = compose_scaled (bundle, 12);
  g_autoptr(BriefingPageLayout) alone = lay_out_pages (composition, FALSE);
  g_autoptr(BriefingPageLayout) ahead = lay_out_pages (composition, TRUE);

  g_assert_cmpuint (alone->pages->len, >, 20);
  g_assert_cmpuint (ahead->pages->len, ==, alone->pages->len);
  for (guint p = 0; p < alone->pages->len; p++)
    {
      GArray *a = g_ptr_array_index (alone->pages, p), *b = g_ptr_array_index (ahead->pages, p);

      g_assert_cmpuint (b->len, ==, a->len);
      for (guint i = 0; i < a->len; i++)
        {
          const BriefingPagePlacement *x = &g_array_index (a, BriefingPagePlacement, i);
          const BriefingPagePlacement *y = &g_array_index (b, BriefingPagePlacement, i);

          g_assert_cmpuint (y->first, ==, x->first);
          g_assert_cmpuint (y->n_lines, ==, x->n_lines);
          g_assert_cmpfloat (y->y, ==, x->y);
          g_assert_cmpfloat (y->height, ==, x->height);
        }
    }
}

/* The layout's rules, on its pages */

static void
check_layout (BriefingComposition *composition,
              BriefingPaper        paper)
{
  cairo_surface_t *surface;
  BriefingPageLayout *layout;
  PangoContext *context;
  cairo_t *cr;
  double width, height;
  guint headings = 0;

  briefing_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create (NULL, width, height);
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  layout = briefing_page_layout_new (composition, context, width, height);

  for (guint p = 0; p < layout->pages->len; p++)
    {
      GArray *page = g_ptr_array_index (layout->pages, p);
      double bottom = BRIEFING_PAGE_MARGIN_TOP;
      const BriefingPageBlock *table = NULL;

      g_assert_cmpuint (page->len, >, 0);
      for (guint i = 0; i < page->len; i++)
        {
          const BriefingPagePlacement *placement = &g_array_index (page, BriefingPagePlacement, i);
          const BriefingPageBlock *block = placement->block;

          /* Within the margins. */
          g_assert_cmpfloat (placement->y, >=, BRIEFING_PAGE_MARGIN_TOP - 0.01);
          g_assert_cmpfloat (placement->y + placement->height, <=,
                             height - BRIEFING_PAGE_MARGIN_BOTTOM + 0.01);

          /* A frame holds what follows; everything else comes below what came before. */
          if (block->kind == BRIEFING_PAGE_BLOCK_FRAME_START)
            continue;
          g_assert_cmpfloat (placement->y, >=, bottom - 0.01);
          bottom = placement->y + placement->height;

          /* A table going on from the page before starts with its header. */
          if (block->kind == BRIEFING_PAGE_BLOCK_TABLE && block != table && !placement->starts)
            g_assert_cmpuint (placement->first, ==, G_MAXUINT);
          table = block->kind == BRIEFING_PAGE_BLOCK_TABLE ? block : NULL;

          if (block->outline_level > 0 && placement->starts)
            headings++;
        }

      /* No heading at the foot of a page. */
      if (p + 1 < layout->pages->len)
        {
          const BriefingPagePlacement *last = &g_array_index (page, BriefingPagePlacement,
                                                              page->len - 1);

          g_assert_false (last->block->kind == BRIEFING_PAGE_BLOCK_TEXT &&
                          last->block->keep_with_next);
        }
    }
  g_assert_cmpuint (headings, >, 0);

  briefing_page_layout_free (layout);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_layout_rules (void)
{
  g_autoptr(BriefingComposition) sample = compose_sample (BRIEFING_SECTION_ALL, NULL);
  g_autoptr(BriefingBundle) bundle = scaled_sample (6);
  g_autoptr(BriefingComposition) scaled = compose_scaled (bundle, 6);
  g_autoptr(BriefingComposition) table = hand_built (70, 60);
  g_autoptr(BriefingComposition) tall = hand_built (2, 9000);

  check_layout (sample, BRIEFING_PAPER_A4);
  check_layout (sample, BRIEFING_PAPER_LETTER);
  check_layout (scaled, BRIEFING_PAPER_A4);
  check_layout (scaled, BRIEFING_PAPER_LETTER);
  check_layout (table, BRIEFING_PAPER_A4);
  check_layout (tall, BRIEFING_PAPER_A4);
}

/* Printing draws the same pages on any cairo context. */
static void
test_render_on_image (void)
{
  g_autoptr(BriefingComposition) composition = compose_sample (BRIEFING_SECTION_ALL, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 298, 421);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  BriefingPageLayout *layout;
  double width, height;
  guint dark = 0;

  briefing_paper_get_size (BRIEFING_PAPER_A4, &width, &height);
  layout = briefing_page_layout_new (composition, context, width, height);
  g_assert_cmpuint (briefing_page_layout_get_n_pages (layout), >=, 4);

  cairo_scale (cr, 298 / width, 421 / height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  briefing_page_layout_render_page (layout, cr, 1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);

  for (int y = 0; y < 421; y++)
    {
      const guchar *data = cairo_image_surface_get_data (surface);
      int stride = cairo_image_surface_get_stride (surface);
      const guint32 *row = (const guint32 *) (gpointer) (data + y * stride);

      for (int x = 0; x < 298; x++)
        dark += (row[x] & 0xff) < 0x80;
    }
  g_assert_cmpuint (dark, >, 500);

  briefing_page_layout_free (layout);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A word of pdftotext -bbox: where it is on the page (points from the top left) and what it says. */
typedef struct
{
  double x_min, y_min, x_max, y_max;
  char  *text;
} Word;

static void
word_free (Word *word)
{
  g_free (word->text);
  g_free (word);
}

static GPtrArray *
page_words (const char *path,
            guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *boxes = run ((const char *[]) { "pdftotext", "-q", "-bbox", "-f", number, "-l", number,
                                                   path, "-", NULL });
  g_autoptr(GRegex) pattern = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                           "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>",
                                           0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *words = g_ptr_array_new_with_free_func ((GDestroyNotify) word_free);

  g_regex_match (pattern, boxes, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      Word *word = g_new0 (Word, 1);
      g_autofree char *values[4] = { NULL };

      for (guint i = 0; i < 4; i++)
        values[i] = g_match_info_fetch (match, i + 1);
      word->x_min = g_ascii_strtod (values[0], NULL);
      word->y_min = g_ascii_strtod (values[1], NULL);
      word->x_max = g_ascii_strtod (values[2], NULL);
      word->y_max = g_ascii_strtod (values[3], NULL);
      word->text = g_match_info_fetch (match, 5);
      g_ptr_array_add (words, word);
      for (guint i = 0; i < 4; i++)
        g_clear_pointer (&values[i], g_free);
    }
  return words;
}

/* The first word of @page that is @text. */
static Word *
find_word (GPtrArray  *words,
           const char *text)
{
  for (guint i = 0; i < words->len; i++)
    if (g_str_equal (((Word *) words->pdata[i])->text, text))
      return words->pdata[i];
  return NULL;
}

/* How far the words between @top and @bottom (from the top of the page) reach. */
static void
line_extent (GPtrArray *words,
             double     top,
             double     bottom,
             double    *left,
             double    *right)
{
  *left = G_MAXDOUBLE;
  *right = 0;
  for (guint i = 0; i < words->len; i++)
    {
      Word *word = words->pdata[i];

      if (word->y_min >= top && word->y_max <= bottom)
        {
          *left = MIN (*left, word->x_min);
          *right = MAX (*right, word->x_max);
        }
    }
  g_assert_cmpfloat (*right, >, 0);
}

static BriefingComposition *
compose_in (const char *language)
{
  g_autoptr(BriefingBundle) bundle = load_sample ();
  BriefingExportOptions options;
  BriefingComposition *composition;

  test_options_init (&options);
  options.language = g_strdup (language);
  composition = briefing_compose (bundle, NULL, &options);
  briefing_export_options_clear (&options);
  return composition;
}

/* An Arabic briefing mirrors: headings start at the right margin, the dates of the timeline's
 * events stand at the right, the running header's date at the left, and each source reference is
 * still a link over its own number. English starts at the left. The Arabic words come from the
 * catalogue built in this tree ($BRIEFING_LOCALEDIR). */
static void
test_right_to_left (void)
{
  g_autoptr(BriefingComposition) arabic = compose_in ("ar");
  g_autoptr(BriefingComposition) english = compose_in ("en");
  g_autoptr(BriefingCatalog) catalog = briefing_catalog_get ("ar", NULL);
  g_autofree char *arabic_path = temp_path ("arabic.pdf");
  g_autofree char *english_path = temp_path ("english.pdf");
  g_autoptr(GPtrArray) arabic_words = NULL;
  g_autoptr(GPtrArray) english_words = NULL;
  g_autofree char *data = NULL;
  g_autofree char *title = NULL;
  /* Raw: a PDF is bytes, not UTF-8 text. */
  g_autoptr(GRegex) rect = g_regex_new ("/Rect \\[ ([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9.]+) \\]", G_REGEX_RAW, 0,
                                        NULL);
  g_autoptr(GMatchInfo) match = NULL;
  Word *reference, *date;
  double left, right;
  gboolean linked = FALSE;
  gsize length;

  if (!have_poppler ())
    return;
  g_assert_nonnull (catalog);
  g_assert_cmpstr (briefing_composition_get_language (arabic), ==, "ar");

  write_pdf (arabic, BRIEFING_PAPER_A4, arabic_path);
  write_pdf (english, BRIEFING_PAPER_A4, english_path);
  arabic_words = page_words (arabic_path, 2);
  english_words = page_words (english_path, 2);

  /* The first section's heading, the first line under the running header: it ends at the right
   * margin in Arabic and starts at the left one in English. (pdftotext -bbox gives Arabic glyph by
   * glyph; their extent is the line's.) */
  briefing_translation_push (catalog);
  title = g_strdup (briefing_section_get_title (BRIEFING_SECTION_BOTTOM_LINE));
  briefing_translation_pop ();
  g_assert_cmpstr (title, !=, "Bottom line");
  line_extent (arabic_words, 60, 95, &left, &right);
  g_assert_cmpfloat (right, >, 595.28 - BRIEFING_PAGE_MARGIN_SIDE - 2);
  g_assert_cmpfloat (left, >, 595.28 / 2);
  line_extent (english_words, 60, 95, &left, &right);
  g_assert_cmpfloat (left, <, BRIEFING_PAGE_MARGIN_SIDE + 2);
  g_assert_cmpfloat (right, <, 595.28 / 2);

  /* The first event's date ("16 May 2025") opens its line: at the right in Arabic. */
  date = find_word (arabic_words, "16");
  g_assert_nonnull (date);
  g_assert_cmpfloat (date->x_min, >, 595.28 / 2);
  date = find_word (english_words, "16");
  g_assert_nonnull (date);
  g_assert_cmpfloat (date->x_max, <, 595.28 / 2);

  /* A reference keeps its link where its number is drawn (cairo takes link rectangles in the
   * page's coordinates, from the bottom). */
  reference = find_word (arabic_words, "[1]");
  g_assert_nonnull (reference);
  g_assert_true (g_file_get_contents (arabic_path, &data, &length, NULL));
  g_regex_match_full (rect, data, length, 0, 0, &match, NULL);
  for (; g_match_info_matches (match) && !linked; g_match_info_next (match, NULL))
    {
      double r[4];

      for (guint i = 0; i < 4; i++)
        {
          g_autofree char *value = g_match_info_fetch (match, i + 1);

          r[i] = g_ascii_strtod (value, NULL);
        }
      /* The link covers the number inside the brackets. */
      linked = r[0] >= reference->x_min - 1 && r[2] <= reference->x_max + 1 && r[2] > r[0] &&
               841.89 - r[3] <= reference->y_min + 2 && 841.89 - r[1] >= reference->y_max - 2;
    }
  g_assert_true (linked);
}

/* Writing */

static void
test_cancel_keeps_file (void)
{
  g_autoptr(BriefingComposition) composition = compose_sample (BRIEFING_SECTION_ALL, NULL);
  g_autofree char *path = temp_path ("kept.pdf");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  BriefingRenderOptions options;
  int progress = -1;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  briefing_render_options_init (&options);
  g_cancellable_cancel (cancellable);
  g_assert_false (briefing_pdf_write_full (composition, &options, path, &progress, cancellable, NULL,
                                           &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");

  g_assert_true (briefing_pdf_write_full (composition, &options, path, &progress, NULL, NULL, NULL));
  g_assert_cmpint (progress, ==, 1000);
  g_free (contents);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_clear_error (&error);
  g_assert_false (briefing_pdf_write (composition, &options, "/nonexistent/folder/x.pdf", &error));
  g_assert_nonnull (error);
  briefing_render_options_clear (&options);
}

/* The names in DIR, sorted, joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* A new file appears only when it is complete: a failed export leaves nothing behind, neither the
 * file nor its hidden partial copy. */
static void
test_new_file_appears_whole (void)
{
  g_autoptr(BriefingComposition) composition = compose_sample (BRIEFING_SECTION_ALL, NULL);
  g_autofree char *dir = temp_path ("new-file");
  g_autofree char *path = g_build_filename (dir, "briefing.pdf", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *listing_after = NULL;
  BriefingRenderOptions options;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  briefing_render_options_init (&options);
  g_cancellable_cancel (cancellable);
  g_assert_false (briefing_pdf_write_full (composition, &options, path, NULL, cancellable, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");

  g_assert_true (briefing_pdf_write (composition, &options, path, NULL));
  listing_after = list_dir (dir);
  g_assert_cmpstr (listing_after, ==, "briefing.pdf");
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  briefing_render_options_clear (&options);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  temp_dir = g_dir_make_tmp ("briefing-pdf-XXXXXX", NULL);

  g_test_add_func ("/pdf/sample/content", test_sample_content);
  g_test_add_func ("/pdf/sample/sections-off", test_sections_off);
  g_test_add_func ("/pdf/sample/paper", test_paper);
  g_test_add_func ("/pdf/sample/outline-and-links", test_outline_and_links);
  g_test_add_func ("/pdf/sample/metadata", test_metadata);
  g_test_add_func ("/pdf/sample/deterministic", test_deterministic);
  g_test_add_func ("/pdf/fonts-embedded", test_fonts_embedded);
  g_test_add_func ("/pdf/scripts", test_scripts);
  g_test_add_func ("/pdf/right-to-left", test_right_to_left);
  g_test_add_func ("/pdf/table/across-pages", test_table_across_pages);
  g_test_add_func ("/pdf/table/tall-row", test_tall_row);
  g_test_add_func ("/pdf/empty-sections", test_empty_sections);
  g_test_add_func ("/pdf/layout/rules", test_layout_rules);
  g_test_add_func ("/pdf/layout/shaped-ahead", test_layout_shaped_ahead);
  g_test_add_func ("/pdf/layout/render-on-image", test_render_on_image);
  g_test_add_func ("/pdf/write/cancel-keeps-file", test_cancel_keeps_file);
  g_test_add_func ("/pdf/write/new-file-appears-whole", test_new_file_appears_whole);

  status = g_test_run ();
  /* BRIEFING_KEEP_PDFS=1 keeps them to be looked at. */
  if (g_getenv ("BRIEFING_KEEP_PDFS") != NULL)
    g_printerr ("# PDFs kept in %s\n", temp_dir);
  else
    remove_tree (temp_dir);
  g_free (temp_dir);
  return status;
}
