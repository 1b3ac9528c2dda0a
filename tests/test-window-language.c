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

static gboolean
not_loading (gpointer window)
{
  return !briefing_window_get_loading (window);
}

/* Visible labels under @widget that say @text, or hold it when @part. */
static void
collect_labels (GtkWidget  *widget,
                const char *text,
                gboolean    part,
                GPtrArray  *found)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    {
      const char *shown = gtk_label_get_text (GTK_LABEL (widget));

      if (part ? strstr (shown, text) != NULL : g_str_equal (shown, text))
        g_ptr_array_add (found, widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text, part, found);
}

static guint
count_labels (GtkWidget  *widget,
              const char *text)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_labels (widget, text, FALSE, found);
  return found->len;
}

static guint
count_labels_holding (GtkWidget  *widget,
                      const char *text)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_labels (widget, text, TRUE, found);
  return found->len;
}

static GtkWidget *
find_child (GtkWidget *widget,
            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static BriefingWindow *
open_window (void)
{
  BriefingWindow *window = briefing_window_new (GTK_APPLICATION (app));
  const char *dir = g_getenv ("BRIEFING_SAMPLES_DIR");
  g_autoptr(GFile) file = g_file_new_build_filename (dir, "istanbul-talks-2025.bundle.json", NULL);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  briefing_window_open (window, file);
  while (!not_loading (window))
    {
      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_nonnull (briefing_window_get_bundle (window));
  return window;
}

static BriefingEvent *
round_event (BriefingWindow *window,
             guint           round)
{
  GListModel *events = briefing_bundle_get_events (briefing_window_get_bundle (window));

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);

      if (briefing_event_get_round (event) == round)
        return event;
    }
  g_assert_not_reached ();
}

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
  BriefingWindow *window = open_window ();
  BriefingSession *session = briefing_window_get_session (window);
  BriefingEvent *round2 = round_event (window, 2);
  g_autofree char *articles = g_strdup_printf (ngettext ("%u article", "%u articles", 6), 6);
  g_autofree char *date = NULL;
  const char *june;

  /* Words of the window's own, in .ui files and in C, and counted words in their plural form. */
  g_assert_cmpuint (count_labels (GTK_WIDGET (window), translated ("6 articles", articles)), ==, 1);
  g_assert_cmpuint (count_labels (GTK_WIDGET (window),
                                  translated ("Select an event on the timeline to see its details",
                                              _("Select an event on the timeline to see its details"))),
                    ==, 1);
  if (!g_str_equal (language, "en"))
    g_assert_cmpuint (count_labels (GTK_WIDGET (window), "6 articles"), ==, 0);

  /* Dates with the language's month names, in the form a date takes. */
  briefing_session_set_selected_event (session, round2);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  june = translated ("June", g_dpgettext2 (GETTEXT_PACKAGE, "month name in a date", "June"));
  date = briefing_date_format (briefing_event_get_start (round2));
  g_test_message ("round 2: %s", date);
  g_assert_nonnull (strstr (date, june));
  g_assert_nonnull (strstr (date, "2025"));
  g_assert_cmpuint (count_labels_holding (GTK_WIDGET (window), date), >=, 1);
  /* Its status words. */
  g_assert_cmpuint (count_labels (GTK_WIDGET (window),
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
  BriefingWindow *window = open_window ();
  BriefingSession *session = briefing_window_get_session (window);
  GtkWidget *panels = find_child (GTK_WIDGET (window), BRIEFING_TYPE_PARTY_PANELS);
  GtkWidget *list = find_child (GTK_WIDGET (window), BRIEFING_TYPE_ARTICLE_LIST);
  BriefingReader *reader = BRIEFING_READER (find_child (GTK_WIDGET (window), BRIEFING_TYPE_READER));
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
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("1..0 # SKIP no display\n");
      return 0;
    }

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

  app = briefing_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  if (!g_application_register (G_APPLICATION (app), NULL, NULL))
    g_error ("the application could not be registered");

  g_test_add_func ("/window-language/words-and-dates", test_words_and_dates);
  g_test_add_func ("/window-language/direction", test_direction);

  return g_test_run ();
}
