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

  return g_test_run ();
}
