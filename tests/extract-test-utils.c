/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "extract-test-utils.h"

/* Like g_test_get_filename (G_TEST_DIST, …), which --report cannot use: run from the source root,
 * or with G_TEST_SRCDIR set. */
const char *
data_path (const char *first,
           ...)
{
  static GPtrArray *paths;
  const char *root = g_getenv ("G_TEST_SRCDIR") ? g_getenv ("G_TEST_SRCDIR") : "tests";
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  if (paths == NULL)
    paths = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (parts, (gpointer) root);
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  g_ptr_array_add (paths, g_build_filenamev ((char **) parts->pdata));
  return g_ptr_array_index (paths, paths->len - 1);
}

BriefingExtractRules *
get_rules (void)
{
  static BriefingExtractRules *rules;

  if (rules == NULL)
    {
      g_autoptr(GError) error = NULL;

      rules = briefing_extract_rules_new_builtin ("en", &error);
      g_assert_no_error (error);
    }
  return rules;
}

/* Paragraphs split on blank lines, lines within one joined by a space; the first is the headline. */
BriefingArticle *
article_from_text (const char *id,
                   const char *contents,
                   const char *date)
{
  g_auto(GStrv) blocks = g_regex_split_simple ("\\n\\s*\\n", contents, 0, 0);
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(BriefingArticle) article = NULL;
  BriefingDate published = { 0 };
  char *headline = NULL;

  for (guint i = 0; blocks[i] != NULL; i++)
    {
      g_auto(GStrv) lines = g_strsplit (blocks[i], "\n", -1);
      char *paragraph = g_strstrip (g_strjoinv (" ", lines));

      if (*paragraph == '\0')
        {
          g_free (paragraph);
          continue;
        }
      if (headline == NULL)
        headline = paragraph;
      else
        g_ptr_array_add (paragraphs, paragraph);
    }
  g_ptr_array_add (paragraphs, NULL);
  article = briefing_article_new (id, headline ? headline : id);
  g_free (headline);
  briefing_article_set_paragraphs (article, (const char * const *) paragraphs->pdata);
  if (date != NULL)
    {
      g_assert_true (briefing_date_parse (date, &published, NULL));
      briefing_article_set_published (article, &published);
    }
  briefing_article_set_publisher (article, "Test corpus");
  return g_steal_pointer (&article);
}

BriefingArticle *
load_article (const char  *path,
              const char  *date)
{
  g_autofree char *contents = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  char *dot;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  dot = strchr (base, '.');
  if (dot != NULL)
    *dot = '\0';
  return article_from_text (base, contents, date);
}

JsonObject *
load_expected (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

GPtrArray *
corpus_names (void)
{
  const char *folder = data_path ("data", "extract", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".expected.json"))
      g_ptr_array_add (names, g_strndup (name, strlen (name) - strlen (".expected.json")));
  g_ptr_array_sort (names, compare_strings);
  return names;
}

BriefingExtraction *
extract_file (const char  *text_path,
              JsonObject  *expected)
{
  g_autoptr(BriefingArticle) article = load_article (text_path, json_object_get_string_member (expected, "datePublished"));
  g_autoptr(GError) error = NULL;
  BriefingExtraction *extraction = briefing_extract (article, NULL, get_rules (), &error);

  g_assert_no_error (error);
  return extraction;
}

gboolean
has_candidate (BriefingExtraction    *extraction,
               BriefingCandidateKind  kind,
               const char            *party,
               const char            *words,
               int                    status)
{
  for (guint i = 0; i < briefing_extraction_get_n_candidates (extraction); i++)
    {
      const BriefingCandidate *c = briefing_extraction_get_candidate (extraction, i);

      if (c->kind != kind || (party != NULL && g_strcmp0 (c->party, party) != 0))
        continue;
      if (status >= 0 && (int) c->status != status)
        continue;
      if (briefing_extract_word_overlap (get_rules (), words, c->text) >= 0.6)
        return TRUE;
    }
  return FALSE;
}

const BriefingCandidate *
find_kind (BriefingExtraction    *extraction,
           BriefingCandidateKind  kind,
           const char            *id)
{
  for (guint i = 0; i < briefing_extraction_get_n_candidates (extraction); i++)
    {
      const BriefingCandidate *c = briefing_extraction_get_candidate (extraction, i);

      if (c->kind == kind && (id == NULL || g_strcmp0 (c->id, id) == 0))
        return c;
    }
  return NULL;
}
