/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window in the language of $LANGUAGE (meson runs this once per language in po/LINGUAS): its
 * words and dates translated, right to left under Arabic, and the articles' own words in their own
 * direction. The expectations come from the catalogue through gettext, never from this file, so the
 * test checks that the window shows what the translation says, and that there is a translation.
 * Screenshots: window-LANG.png and window-LANG-article.png in the build's tests/screenshots/. */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "briefing-application.h"
#include "briefing-article-list.h"
#include "briefing-party-panels.h"
#include "briefing-core.h"
#include "briefing-reader-private.h"
#include "briefing-reader.h"
#include "briefing-window.h"
#include "gui-test-utils.h"

static BriefingApplication *app;
static const char *language;

/* A translated word: the catalogue has it, and it is not the English (in English, it is). */
static const char *
translated (const char *english,
            const char *translation)
{
  g_test_message ("%s → %s", english, translation);
  if (g_str_equal (language, "en"))
    g_assert_cmpstr (translation, ==, english);
  else
    g_assert_cmpstr (translation, !=, english);
  return translation;
}

static void
test_words_and_dates (void)
{
  BriefingWindow *window = briefing_test_open_sample (app, 1280, 800);
  BriefingSession *session = briefing_window_get_session (window);
  BriefingEvent *round2 = briefing_test_round_event (briefing_window_get_bundle (window), 2);
  g_autofree char *articles = g_strdup_printf (ngettext ("%u article", "%u articles", 6), 6);
  g_autofree char *date = NULL;
  const char *june;

  /* Words of the window's own, in .ui files and in C, and counted words in their plural form
   * (which may be spelt as in English: "6 articles" in French). */
  g_test_message ("6 articles → %s", articles);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), articles), ==, 1);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window),
                                  translated ("Select an event on the timeline to see its details",
                                              _("Select an event on the timeline to see its details"))),
                    ==, 1);

  /* Dates with the language's month names, in the form a date takes. */
  briefing_session_set_selected_event (session, round2);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  june = translated ("June", g_dpgettext2 (GETTEXT_PACKAGE, "month name in a date", "June"));
  date = briefing_date_format (briefing_event_get_start (round2));
  g_test_message ("round 2: %s", date);
  g_assert_nonnull (strstr (date, june));
  g_assert_nonnull (strstr (date, "2025"));
  g_assert_cmpuint (briefing_test_count_labels_holding (GTK_WIDGET (window), date), >=, 1);
  /* Its status words. */
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window),
                                  translated ("Agreed", briefing_outcome_status_label (BRIEFING_OUTCOME_STATUS_AGREED))),
                    >=, 1);

  {
    g_autofree char *name = g_strdup_printf ("window-%s", language);

    briefing_test_save_screenshot (GTK_WIDGET (window), name);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Where @widget starts and ends across the window. */
static void
horizontal_extent (GtkWidget *widget,
                   GtkWidget *window,
                   double    *start,
                   double    *end)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  *start = bounds.origin.x;
  *end = bounds.origin.x + bounds.size.width;
}

static void
test_direction (void)
{
  gboolean rtl = g_str_equal (language, "ar");
  BriefingWindow *window = briefing_test_open_sample (app, 1280, 800);
  BriefingSession *session = briefing_window_get_session (window);
  GtkWidget *panels = briefing_test_find_child (GTK_WIDGET (window), BRIEFING_TYPE_PARTY_PANELS);
  GtkWidget *list = briefing_test_find_child (GTK_WIDGET (window), BRIEFING_TYPE_ARTICLE_LIST);
  BriefingReader *reader = BRIEFING_READER (briefing_test_find_child (GTK_WIDGET (window), BRIEFING_TYPE_READER));
  GListModel *articles = briefing_bundle_get_articles (briefing_window_get_bundle (window));
  g_autoptr(BriefingArticle) article = g_list_model_get_item (articles, 0);
  GtkTextView *view;
  GtkTextIter iter;
  GdkRectangle first, last;
  double list_start, list_end, panels_start, panels_end;

  /* GTK takes the direction from its own translation of "default:LTR". */
  g_assert_cmpint (gtk_widget_get_default_direction (), ==, rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);

  /* The whole window mirrors: the party panels come first in reading order, the articles after. */
  g_assert_nonnull (panels);
  g_assert_nonnull (list);
  horizontal_extent (list, GTK_WIDGET (window), &list_start, &list_end);
  horizontal_extent (panels, GTK_WIDGET (window), &panels_start, &panels_end);
  if (rtl)
    g_assert_cmpfloat (list_end, <=, panels_start);
  else
    g_assert_cmpfloat (panels_end, <=, list_start);

  /* An article's words keep their own direction: the English sample reads left to right, its
   * first line starting at the left edge whatever the interface's direction. */
  briefing_session_set_selected_article (session, article);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  view = briefing_reader_get_text_view (reader);
  gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (view), &iter);
  gtk_text_view_get_iter_location (view, &iter, &first);
  gtk_text_iter_forward_to_line_end (&iter);
  gtk_text_iter_backward_char (&iter);
  gtk_text_view_get_iter_location (view, &iter, &last);
  g_assert_cmpint (first.x, <, last.x);

  {
    g_autofree char *name = g_strdup_printf ("window-%s-article", language);

    briefing_test_save_screenshot (GTK_WIDGET (window), name);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!briefing_test_have_display ())
    return 0;

  language = g_getenv ("LANGUAGE");
  g_assert_nonnull (language);

  /* As main() does: the locale from the environment (gtk_test_init() would force its own), then
   * Briefing's catalogue; GTK reads its own, which decides the direction. */
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  bindtextdomain (GETTEXT_PACKAGE, briefing_catalog_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = briefing_test_new_application (G_APPLICATION_HANDLES_OPEN);

  g_test_add_func ("/window-language/words-and-dates", test_words_and_dates);
  g_test_add_func ("/window-language/direction", test_direction);

  return g_test_run ();
}
