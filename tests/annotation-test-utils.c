/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "annotation-test-utils.h"

void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *tmp = g_dir_make_tmp ("briefing-annotations-XXXXXX", NULL);

  g_assert_nonnull (tmp);
  /* A folder the store has to create. */
  fixture->dir = g_build_filename (tmp, "annotations", NULL);
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *parent = g_path_get_dirname (fixture->dir);

  remove_tree (parent);
  g_free (fixture->dir);
}

BriefingAnnotationStore *
new_store (Fixture *fixture)
{
  BriefingAnnotationStore *store = briefing_annotation_store_new (BUNDLE_ID, fixture->dir);

  g_assert_true (briefing_annotation_store_load (store, NULL));
  return store;
}

/* A bundle with one article whose text is @paragraphs. */
BriefingBundle *
new_bundle (const char * const *paragraphs)
{
  BriefingBundle *bundle = briefing_bundle_new (BUNDLE_ID, "Example talks");
  g_autoptr(BriefingArticle) article = briefing_article_new ("art1", "Talks end without a truce");

  briefing_article_set_paragraphs (article, paragraphs);
  g_assert_true (briefing_bundle_add_article (bundle, article));
  return bundle;
}

BriefingDate
date_time (const char *text)
{
  BriefingDate date;

  g_assert_true (briefing_date_parse_date_time (text, &date, NULL));
  return date;
}

/* One annotation of every kind, on every kind of target, with every field set somewhere. */
GPtrArray *
every_kind (void)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  const char *tags[] = { "ceasefire", "follow-up", NULL };
  BriefingDate deadline, created = date_time ("2025-06-03T10:15:00.5Z");
  BriefingAnnotation *a;

  g_assert_true (briefing_date_parse ("2025-06", &deadline, NULL));

  a = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_HIGHLIGHT);
  briefing_annotation_set_target (a, BRIEFING_TARGET_ARTICLE, "art1");
  briefing_annotation_set_quote (a, "swap 50 prisoners each", "agreed to ", ".");
  briefing_annotation_set_position (a, 30, 52);
  briefing_annotation_set_color (a, "yellow");
  briefing_annotation_set_created (a, &created);
  g_ptr_array_add (list, a);

  a = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
  briefing_annotation_set_target (a, BRIEFING_TARGET_ARTICLE, "art1");
  briefing_annotation_set_quote (a, "called for a 30-day truce", NULL, NULL);
  briefing_annotation_set_note (a, "Named for the first time.\n\tCompare — «May».");
  briefing_annotation_set_tags (a, tags);
  g_ptr_array_add (list, a);

  a = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_QUESTION);
  briefing_annotation_set_target (a, BRIEFING_TARGET_DEMAND, "d1");
  briefing_annotation_set_note (a, "Counter-offer?");
  briefing_annotation_set_owner (a, "Desk B");
  briefing_annotation_set_deadline (a, &deadline);
  briefing_annotation_set_color (a, "orange");
  g_ptr_array_add (list, a);

  a = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
  briefing_annotation_set_target (a, BRIEFING_TARGET_EVENT, "r1");
  briefing_annotation_set_note (a, "Mediatia chaired.");
  g_ptr_array_add (list, a);

  a = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_HIGHLIGHT);
  briefing_annotation_set_color (a, "purple");
  briefing_annotation_set_tags (a, tags);
  g_ptr_array_add (list, a);

  a = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_QUESTION);
  briefing_annotation_set_target (a, BRIEFING_TARGET_ARTICLE, "art1");
  briefing_annotation_set_owner (a, "Analyst A");
  g_ptr_array_add (list, a);

  return list;
}

void
assert_same (BriefingAnnotationStore *store,
             GPtrArray               *expected)
{
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(BriefingAnnotation) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_assert_true (briefing_annotation_equal (item, expected->pdata[i]));
    }
}
