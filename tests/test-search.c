/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "briefing-core.h"

static BriefingBundle *
load_sample (void)
{
  g_autofree char *path = g_build_filename (SOURCE_SAMPLES_DIR, "istanbul-talks-2025.bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();

  return briefing_bundle_reader_read_file (reader, file, NULL, NULL);
}

static guint
count_kind (GListModel         *results,
            BriefingSearchKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(BriefingSearchResult) result = g_list_model_get_item (results, i);

      n += briefing_search_result_get_kind (result) == kind;
    }
  return n;
}

static void
test_finds_across_kinds (void)
{
  g_autoptr(BriefingBundle) bundle = load_sample ();
  g_autoptr(BriefingSearchIndex) index = briefing_search_index_new (bundle);
  g_autoptr(GListModel) results = briefing_search_index_query (index, "ceasefire", 100, NULL);
  g_autoptr(BriefingSearchResult) first = NULL;

  /* Events, demands and articles all speak of the ceasefire; events come before articles. */
  g_assert_cmpuint (count_kind (results, BRIEFING_SEARCH_KIND_EVENT), >, 0);
  g_assert_cmpuint (count_kind (results, BRIEFING_SEARCH_KIND_DEMAND), >, 0);
  g_assert_cmpuint (count_kind (results, BRIEFING_SEARCH_KIND_ARTICLE), >, 0);
  first = g_list_model_get_item (results, 0);
  g_assert_cmpint (briefing_search_result_get_kind (first), !=, BRIEFING_SEARCH_KIND_ARTICLE);
}

static void
test_case_and_accents (void)
{
  g_autoptr(BriefingBundle) bundle = load_sample ();
  g_autoptr(BriefingSearchIndex) index = briefing_search_index_new (bundle);
  const char *queries[] = { "Türkiye", "TÜRKIYE", "turkiye", "çırağan", "CIRAGAN" };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GListModel) results = briefing_search_index_query (index, queries[i], 100, NULL);

      if (g_list_model_get_n_items (results) == 0)
        g_error ("no result for “%s”", queries[i]);
    }
}

static void
test_article_match_range (void)
{
  g_autoptr(BriefingBundle) bundle = load_sample ();
  g_autoptr(BriefingSearchIndex) index = briefing_search_index_new (bundle);
  g_autoptr(GListModel) results = briefing_search_index_query (index, "ÇIRAĞAN PALACE", 100, NULL);
  gboolean seen_article = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(BriefingSearchResult) result = g_list_model_get_item (results, i);
      const char *snippet = briefing_search_result_get_snippet (result);
      gsize s, e, start, end;

      /* The snippet marks the match in the original spelling. */
      briefing_search_result_get_snippet_match (result, &s, &e);
      g_assert_cmpint (g_ascii_strncasecmp (snippet + s, "Çırağan Palace", e - s), !=, 1);
      g_assert_true (strncmp (snippet + s, "Çırağan Palace", e - s) == 0);

      if (briefing_search_result_get_text_range (result, &start, &end))
        {
          BriefingArticle *article = BRIEFING_ARTICLE (briefing_search_result_get_item (result));

          g_assert_true (strncmp (briefing_article_get_text (article) + start, "Çırağan Palace", end - start) == 0);
          seen_article = TRUE;
        }
    }
  g_assert_true (seen_article);
}

static void
test_no_match_and_limits (void)
{
  g_autoptr(BriefingBundle) bundle = load_sample ();
  g_autoptr(BriefingSearchIndex) index = briefing_search_index_new (bundle);
  g_autoptr(GListModel) none = briefing_search_index_query (index, "zanzibar", 100, NULL);
  g_autoptr(GListModel) empty = briefing_search_index_query (index, "   ", 100, NULL);
  g_autoptr(GListModel) limited = briefing_search_index_query (index, "e", 3, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (limited), ==, 3);
}

static void
query_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GListModel **out = user_data;

  *out = briefing_search_index_query_finish (BRIEFING_SEARCH_INDEX (source), result, NULL);
}

static void
index_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  BriefingSearchIndex **out = user_data;

  *out = briefing_search_index_new_finish (result, NULL);
}

static void
test_async (void)
{
  g_autoptr(BriefingBundle) bundle = load_sample ();
  g_autoptr(BriefingSearchIndex) index = NULL;
  g_autoptr(GListModel) results = NULL;

  briefing_search_index_new_async (bundle, NULL, index_cb, &index);
  while (index == NULL)
    g_main_context_iteration (NULL, TRUE);

  briefing_search_index_query_async (index, "exchange", 100, NULL, query_cb, &results);
  while (results == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
}

/* The folding the index promises, written out plainly: ASCII to lower case with control characters
 * as spaces, dotless ı as i, every other character decomposed, its marks dropped, case-folded. */
static char *
reference_fold (const char *text,
                gssize      len)
{
  GString *out = g_string_new (NULL);
  const char *end = text + (len < 0 ? (gssize) strlen (text) : len);

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);
      gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n;

      if (ch < 0x80)
        {
          g_string_append_c (out, ch < 0x20 || ch == 0x7f ? ' ' : g_ascii_tolower (ch));
          continue;
        }
      if (ch == 0x0131)
        {
          g_string_append_c (out, 'i');
          continue;
        }
      n = g_unichar_fully_decompose (ch, FALSE, parts, G_N_ELEMENTS (parts));
      for (gsize i = 0; i < n; i++)
        if (!g_unichar_ismark (parts[i]))
          {
            char utf8[8];
            int l = g_unichar_to_utf8 (parts[i], utf8);
            g_autofree char *folded = g_utf8_casefold (utf8, l);

            g_string_append (out, folded);
          }
    }
  return g_string_free (out, FALSE);
}

/* Words for generated articles: most plain, some with accents or cases folding changes, some
 * with typographic marks it keeps. Each folds character for character. */
static const char * const words[] = {
  "talks", "Delegation", "CEASEFIRE", "prisoners", "exchange", "the", "of", "and", "in", "Istanbul",
  "Zürich", "Çırağan", "Türkiye", "İstanbul", "ZÜRICH", "Genève", "Переговоры", "делегация", "Kyiv",
  "“draft”", "memorandum’s", "—", "2025", "road-map", "working", "group", "Erdoğan", "İKİ", "said",
  "on", "a", "technical", "Ankara", "Ağustos", "naïve", "Škoda", "façade", "a\tb",
};

typedef struct
{
  char      *headline;
  char     **paragraphs;
  char      *folded_headline;
  GPtrArray *folded;  /* of char *, one per paragraph */
} Generated;

static void
generated_free (Generated *g)
{
  g_free (g->headline);
  g_strfreev (g->paragraphs);
  g_free (g->folded_headline);
  g_ptr_array_unref (g->folded);
  g_free (g);
}

static char *
random_words (GRand *rand,
              guint  n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }
  return g_string_free (text, FALSE);
}

/* A bundle of @n_articles articles of about 4 KB, and what the reference folding makes of them. */
static BriefingBundle *
generate_bundle (GRand     *rand,
                 guint      n_articles,
                 GPtrArray *generated)
{
  BriefingBundle *bundle = briefing_bundle_new ("generated", "Generated");

  for (guint a = 0; a < n_articles; a++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", a);
      g_autoptr(BriefingArticle) article = briefing_article_new (id, "placeholder");
      Generated *g = g_new0 (Generated, 1);
      guint n_paragraphs = g_rand_int_range (rand, 0, 9);

      g->headline = random_words (rand, g_rand_int_range (rand, 2, 9));
      g->folded_headline = reference_fold (g->headline, -1);
      g->paragraphs = g_new0 (char *, n_paragraphs + 1);
      g->folded = g_ptr_array_new_with_free_func (g_free);
      for (guint p = 0; p < n_paragraphs; p++)
        {
          g->paragraphs[p] = random_words (rand, g_rand_int_range (rand, 1, 140));
          g_ptr_array_add (g->folded, reference_fold (g->paragraphs[p], -1));
        }
      briefing_article_set_headline (article, g->headline);
      briefing_article_set_paragraphs (article, (const char * const *) g->paragraphs);
      briefing_bundle_add_article (bundle, article);
      g_ptr_array_add (generated, g);
    }
  return bundle;
}

/* A query as a person might type one: a piece of an article in another case or without its
 * accents, a piece running over a paragraph's end, or words found nowhere. */
static char *
random_query (GRand     *rand,
              GPtrArray *generated)
{
  Generated *g = generated->pdata[g_rand_int_range (rand, 0, generated->len)];
  guint n = g_strv_length (g->paragraphs);
  int kind = g_rand_int_range (rand, 0, 10);
  const char *text;
  glong length, from, count;

  if (kind == 0 || n == 0)
    return g_strdup_printf ("absent %u", g_rand_int (rand));
  if (kind == 1 && n > 1)
    {
      /* The last word of one paragraph and the first of the next, with the two spaces a
       * paragraph break looks like. */
      const char *last = strrchr (g->paragraphs[0], ' ');
      g_autofree char *first = g_strdup (g->paragraphs[1]);

      if (strchr (first, ' ') != NULL)
        *strchr (first, ' ') = '\0';
      return g_strdup_printf ("%s  %s", last != NULL ? last + 1 : g->paragraphs[0], first);
    }

  text = kind == 2 ? g->folded->pdata[g_rand_int_range (rand, 0, n)]
                   : g->paragraphs[g_rand_int_range (rand, 0, n)];
  length = g_utf8_strlen (text, -1);
  count = kind == 3 ? g_rand_int_range (rand, 65, 160) : g_rand_int_range (rand, 1, 40);
  from = g_rand_int_range (rand, 0, MAX (1, length - 1));
  {
    g_autofree char *piece = g_utf8_substring (text, from, MIN (length, from + count));

    /* Upper case now and then: "ZÜRICH" for "Zürich". */
    return kind >= 6 ? g_utf8_strup (piece, -1) : g_steal_pointer (&piece);
  }
}

/* Every generated query, checked against the reference: the same articles in order, each found
 * in its first matching field, at the first match in it, whose text folds to the query. On more
 * than 2 MiB of text the index scans it on two threads; this bundle has more. */
static void
test_matches_reference (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20251116);
  g_autoptr(GPtrArray) generated = g_ptr_array_new_with_free_func ((GDestroyNotify) generated_free);
  g_autoptr(BriefingBundle) bundle = generate_bundle (rand, 1300, generated);
  g_autoptr(BriefingSearchIndex) index = briefing_search_index_new (bundle);
  GListModel *articles = briefing_bundle_get_articles (bundle);
  guint checked_matches = 0, checked_long = 0;
  gsize text_length = 0;

  for (guint a = 0; a < g_list_model_get_n_items (articles); a++)
    {
      g_autoptr(BriefingArticle) article = g_list_model_get_item (articles, a);

      text_length += briefing_article_get_text_length (article);
    }
  g_assert_cmpuint (text_length, >, 2 * 1024 * 1024 + 256 * 1024);

  for (guint q = 0; q < 300; q++)
    {
      g_autofree char *query = random_query (rand, generated);
      g_autofree char *trimmed = g_strstrip (g_strdup (query));
      g_autofree char *needle = reference_fold (trimmed, -1);
      guint limit = q % 10 == 9 ? 3 : 5000;
      g_autoptr(GListModel) results = briefing_search_index_query (index, query, limit, NULL);
      guint r = 0;

      if (needle[0] == '\0')
        continue;

      for (guint a = 0; a < generated->len && r < limit; a++)
        {
          Generated *g = generated->pdata[a];
          g_autoptr(BriefingArticle) article = g_list_model_get_item (articles, a);
          g_autoptr(BriefingSearchResult) result = NULL;
          gsize start, end, para_start, para_end;
          const char *hit = NULL;
          guint p;

          if (strstr (g->folded_headline, needle) != NULL)
            p = G_MAXUINT;
          else
            {
              for (p = 0; p < g->folded->len; p++)
                if ((hit = strstr (g->folded->pdata[p], needle)) != NULL)
                  break;
              if (p == g->folded->len)
                continue;  /* not in this article */
            }

          if (r >= g_list_model_get_n_items (results))
            g_error ("“%s”: article %u missing from the results", query, a);
          result = g_list_model_get_item (results, r++);
          if (briefing_search_result_get_item (result) != G_OBJECT (article))
            g_error ("“%s”: result %u is not article %u", query, r - 1, a);
          if (p == G_MAXUINT)
            {
              g_assert_false (briefing_search_result_get_text_range (result, &start, &end));
              continue;
            }

          /* In paragraph p, at the first match: what comes before folds to what the reference
           * has before it, and the match folds to the query. */
          g_assert_true (briefing_search_result_get_text_range (result, &start, &end));
          briefing_article_get_paragraph_range (article, p, &para_start, &para_end);
          if (start < para_start || end > para_end)
            g_error ("“%s”: article %u matched outside paragraph %u", query, a, p);
          {
            const char *text = briefing_article_get_text (article);
            g_autofree char *before = reference_fold (text + para_start, start - para_start);
            g_autofree char *match = reference_fold (text + start, end - start);

            g_assert_cmpuint (strlen (before), ==, hit - (const char *) g->folded->pdata[p]);
            g_assert_cmpstr (match, ==, needle);
          }
          checked_matches++;
          checked_long += strlen (needle) > 64;
        }
      if (r != g_list_model_get_n_items (results))
        g_error ("“%s”: %u results, the reference finds %u", query, g_list_model_get_n_items (results), r);
    }
  /* The queries did reach bodies, and queries longer than a window's margin among them. */
  g_assert_cmpuint (checked_matches, >, 1000);
  g_assert_cmpuint (checked_long, >, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/finds-across-kinds", test_finds_across_kinds);
  g_test_add_func ("/search/case-and-accents", test_case_and_accents);
  g_test_add_func ("/search/article-match-range", test_article_match_range);
  g_test_add_func ("/search/no-match-and-limits", test_no_match_and_limits);
  g_test_add_func ("/search/async", test_async);
  g_test_add_func ("/search/matches-reference", test_matches_reference);

  return g_test_run ();
}
