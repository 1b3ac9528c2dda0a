/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window, driven as a user drives it, under Xvfb. Screenshots go to the build directory's
 * tests/screenshots/ so a person can look at them. */
#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>

#include "briefing-application.h"
#include "briefing-window.h"

static char *
sample_path (void)
{
  const char *dir = g_getenv ("BRIEFING_SAMPLES_DIR");

  return g_build_filename (dir != NULL ? dir : SOURCE_SAMPLES_DIR, "istanbul-talks-2025.bundle.json", NULL);
}

static void
wait_until_loaded (BriefingWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (briefing_window_get_loading (window))
    {
      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
}

/* A visible GtkLabel anywhere under @widget that shows exactly @text. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL ? g_getenv ("G_TEST_BUILDDIR") : ".", "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static BriefingApplication *app;

static BriefingWindow *
open_window (const char *path)
{
  BriefingWindow *window = briefing_window_new (GTK_APPLICATION (app));
  g_autoptr(GFile) file = g_file_new_for_path (path);

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 640);
  gtk_window_present (GTK_WINDOW (window));
  briefing_window_open (window, file);
  g_assert_true (briefing_window_get_loading (window));
  wait_until_loaded (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static void
test_opens_sample (void)
{
  g_autofree char *path = sample_path ();
  BriefingWindow *window = open_window (path);
  BriefingBundle *bundle = briefing_window_get_bundle (window);
  const char *title;

  g_assert_nonnull (bundle);
  g_assert_null (briefing_window_get_error_message (window));
  title = briefing_bundle_get_title (bundle);
  g_assert_cmpstr (title, ==, "Istanbul talks 2025 (Russia–Ukraine)");

  /* The title is shown in the window and names it. */
  g_assert_nonnull (find_label (GTK_WIDGET (window), title));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);

  save_screenshot (GTK_WIDGET (window), "window-sample");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keeps_bundle_on_error (void)
{
  g_autofree char *path = sample_path ();
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "invalid", "unknown-party.bundle.json", NULL);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  BriefingWindow *window = open_window (path);
  BriefingBundle *before = briefing_window_get_bundle (window);
  const char *message;

  briefing_window_open (window, bad_file);
  wait_until_loaded (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* The error is shown, located, and nothing else changed. */
  g_assert_true (briefing_window_get_bundle (window) == before);
  message = briefing_window_get_error_message (window);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "unknown party “ru2”"));
  g_assert_nonnull (strstr (message, "unknown-party.bundle.json"));
  g_assert_nonnull (strstr (message, "events[0].participants[2]"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), briefing_bundle_get_title (before)));

  save_screenshot (GTK_WIDGET (window), "window-error");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_empty_state (void)
{
  BriefingWindow *window = briefing_window_new (GTK_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_null (briefing_window_get_bundle (window));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "No Bundle Open"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_quit_shortcut (void)
{
  g_auto(GStrv) accels = NULL;

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>q"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "quit"));
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

  gtk_test_init (&argc, &argv, NULL);

  /* Transitions finish at once, so screenshots show the end state. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* The application's start-up installs its actions, shortcuts and style sheet. */
  app = briefing_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  if (!g_application_register (G_APPLICATION (app), NULL, NULL))
    g_error ("the application could not be registered");

  g_test_add_func ("/window/opens-sample", test_opens_sample);
  g_test_add_func ("/window/keeps-bundle-on-error", test_keeps_bundle_on_error);
  g_test_add_func ("/window/empty-state", test_empty_state);
  g_test_add_func ("/window/quit-shortcut", test_quit_shortcut);

  return g_test_run ();
}
