/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "composer-test-utils.h"

BriefingBundle *
load_sample (void)
{
  g_autofree char *path = g_build_filename (SOURCE_SAMPLES_DIR, SAMPLE_ID ".bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GError) error = NULL;
  BriefingBundle *bundle;

  bundle = briefing_bundle_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bundle);
  return bundle;
}

BriefingDate
parse_date (const char *text)
{
  BriefingDate date;

  g_assert_true (briefing_date_parse (text, &date, NULL));
  return date;
}

void
test_options_init (BriefingExportOptions *options)
{
  briefing_export_options_init (options);
  options->date = parse_date (BRIEFING_DATE);
}

char *
make_temp_dir (void)
{
  char *dir = g_dir_make_tmp ("briefing-composer-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return dir;
}

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

/* Created one minute apart from a fixed time, so that the exports are the same on every run. */
static BriefingAnnotation *
new_annotation (BriefingAnnotationKind  kind,
                BriefingTargetKind      target,
                const char             *target_id,
                const char             *color,
                const char             *note,
                const char * const     *tags)
{
  static guint n;
  BriefingAnnotation *annotation = briefing_annotation_new (kind);
  g_autofree char *id = g_strdup_printf ("urn:uuid:00000000-0000-4000-8000-%012u", ++n);
  g_autoptr(GDateTime) created = g_date_time_new_utc (2025, 7, 24, 9, n % 60, 0);
  BriefingDate date = briefing_date_from_date_time (created);

  briefing_annotation_set_id (annotation, id);
  briefing_annotation_set_target (annotation, target, target_id);
  briefing_annotation_set_color (annotation, color);
  briefing_annotation_set_note (annotation, note);
  if (tags != NULL)
    briefing_annotation_set_tags (annotation, tags);
  briefing_annotation_set_created (annotation, &date);
  briefing_annotation_set_modified (annotation, &date);
  return annotation;
}

static void
add_highlight (BriefingAnnotationStore *store,
               BriefingBundle          *bundle,
               const char              *article_id,
               const char              *words,
               const char              *color,
               const char              *note,
               const char * const      *tags)
{
  BriefingArticle *article = briefing_bundle_lookup_article (bundle, article_id);
  const char *text = briefing_article_get_text (article);
  const char *found = strstr (text, words);
  g_autoptr(BriefingAnnotation) annotation = NULL;

  g_assert_nonnull (found);
  annotation = new_annotation (BRIEFING_ANNOTATION_KIND_HIGHLIGHT, BRIEFING_TARGET_ARTICLE, article_id, color, note,
                               tags);
  briefing_annotation_quote_text (annotation, text, briefing_article_get_text_length (article), found - text,
                                  found - text + strlen (words));
  briefing_annotation_store_add (store, annotation);
}

static void
add_note (BriefingAnnotationStore *store,
          BriefingAnnotationKind   kind,
          BriefingTargetKind       target,
          const char              *target_id,
          const char              *color,
          const char              *note,
          const char * const      *tags,
          const char              *owner,
          const char              *deadline)
{
  g_autoptr(BriefingAnnotation) annotation = new_annotation (kind, target, target_id, color, note, tags);

  briefing_annotation_set_owner (annotation, owner);
  if (deadline != NULL)
    {
      BriefingDate date = parse_date (deadline);

      briefing_annotation_set_deadline (annotation, &date);
    }
  briefing_annotation_store_add (store, annotation);
}

BriefingAnnotationStore *
sample_store (const char     *dir,
              BriefingBundle *bundle)
{
  BriefingAnnotationStore *store = briefing_annotation_store_new (SAMPLE_ID, dir);
  const char *exchange[] = { "exchange", NULL };
  const char *exchange_prisoners[] = { "prisoners", "exchange", NULL };
  const char *ceasefire[] = { "ceasefire", NULL };

  g_assert_true (briefing_annotation_store_load (store, NULL));
  briefing_annotation_store_set_save_delay (store, G_MAXUINT);

  /* Added out of reading order on purpose. */
  add_highlight (store, bundle, "a-round3", "a further exchange of 1,200 prisoners on each side", "yellow",
                 "Third swap in a row.", exchange);
  add_highlight (store, bundle, "a-round1", "agreed to exchange 1,000 prisoners of war for 1,000", "yellow",
                 NULL, exchange_prisoners);
  add_highlight (store, bundle, "a-round2-long", "turned down an unconditional ceasefire", "red",
                 "*Not* a [final] no — see #2 <b>\n1. check_this & that", ceasefire);
  add_highlight (store, bundle, "a-drones", "Strategic bombers were damaged", NULL, NULL, NULL);
  add_note (store, BRIEFING_ANNOTATION_KIND_NOTE, BRIEFING_TARGET_EVENT, "e-round2", "green",
            "Memoranda exchanged at the table.", NULL, NULL, NULL);
  add_note (store, BRIEFING_ANNOTATION_KIND_NOTE, BRIEFING_TARGET_DEMAND, "d-ru-pauses", NULL,
            "Pauses, not a truce.", ceasefire, NULL, NULL);
  add_note (store, BRIEFING_ANNOTATION_KIND_QUESTION, BRIEFING_TARGET_BUNDLE, NULL, NULL,
            "Will a fourth round be held?", NULL, "ua", "2025-08");
  add_note (store, BRIEFING_ANNOTATION_KIND_QUESTION, BRIEFING_TARGET_DEMAND, "d-ua-leaders", "orange",
            "Date for a leaders’ meeting?", NULL, "Desk B", "2025-06-30");
  add_note (store, BRIEFING_ANNOTATION_KIND_QUESTION, BRIEFING_TARGET_EVENT, "e-round1", NULL,
            "Were all 1,000 returned?", NULL, NULL, NULL);

  g_assert_cmpuint (briefing_annotation_store_anchor (store, bundle), ==, 0);
  return store;
}
