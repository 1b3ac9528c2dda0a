/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "briefing-bundle-reader.h"
#include <stdio.h>

#include "gui-test-utils.h"

gboolean
briefing_test_have_display (void)
{
  if (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL)
    return TRUE;
  printf ("1..0 # SKIP no display\n");
  return FALSE;
}

void
briefing_test_init_gtk (int    *argc,
                        char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

BriefingApplication *
briefing_test_new_application (GApplicationFlags flags)
{
  BriefingApplication *app = briefing_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | flags);
  if (!g_application_register (G_APPLICATION (app), NULL, NULL))
    g_error ("the application could not be registered");
  return app;
}

GFile *
briefing_test_sample_file (void)
{
  const char *dir = g_getenv ("BRIEFING_SAMPLES_DIR");

  return g_file_new_build_filename (dir != NULL ? dir : SOURCE_SAMPLES_DIR, "istanbul-talks-2025.bundle.json", NULL);
}

BriefingBundle *
briefing_test_load_sample (void)
{
  g_autoptr(GFile) file = briefing_test_sample_file ();
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GError) error = NULL;
  BriefingBundle *bundle = briefing_bundle_reader_read_file (reader, file, NULL, &error);

  g_assert_no_error (error);
  return bundle;
}

void
briefing_test_settle (GtkWidget *widget)
{
  for (guint i = 0; i < 2; i++)
    {
      gtk_test_widget_wait_for_draw (widget);
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
    }
}

void
briefing_test_iterate_until (gboolean (*done) (gpointer),
                             gpointer  data,
                             guint     seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
}

static gboolean
not_loading (gpointer window)
{
  return !briefing_window_get_loading (window);
}

BriefingWindow *
briefing_test_open_sample (BriefingApplication *app,
                           int                  width,
                           int                  height)
{
  BriefingWindow *window = briefing_window_new (GTK_APPLICATION (app));
  g_autoptr(GFile) file = briefing_test_sample_file ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  briefing_window_open (window, file);
  g_assert_true (briefing_window_get_loading (window));
  briefing_test_iterate_until (not_loading, window, 10);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_nonnull (briefing_window_get_bundle (window));

  return window;
}

BriefingEvent *
briefing_test_round_event (BriefingBundle *bundle,
                           guint           round)
{
  GListModel *events = briefing_bundle_get_events (bundle);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);

      if (briefing_event_get_round (event) == round)
        return event;
    }
  g_assert_not_reached ();
}

void
briefing_test_collect (GtkWidget  *widget,
                       GType       type,
                       const char *text,
                       gboolean    partial,
                       GPtrArray  *found)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      const char *shown = GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget))
                        : GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget)) : NULL;

      if (text == NULL || (shown != NULL && (partial ? strstr (shown, text) != NULL : strcmp (shown, text) == 0)))
        g_ptr_array_add (found, widget);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    briefing_test_collect (child, type, text, partial, found);
}

guint
briefing_test_count_labels (GtkWidget  *widget,
                            const char *text)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  briefing_test_collect (widget, GTK_TYPE_LABEL, text, FALSE, found);
  return found->len;
}

guint
briefing_test_count_labels_holding (GtkWidget  *widget,
                                    const char *text)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  briefing_test_collect (widget, GTK_TYPE_LABEL, text, TRUE, found);
  return found->len;
}

GtkWidget *
briefing_test_find_child (GtkWidget *widget,
                          GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  briefing_test_collect (widget, type, NULL, FALSE, found);
  return found->len > 0 ? found->pdata[0] : NULL;
}

void
briefing_test_save_screenshot (GtkWidget  *widget,
                               const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  const char *builddir = g_getenv ("G_TEST_BUILDDIR");
  g_autofree char *dir = g_build_filename (builddir != NULL ? builddir : ".", "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  int width = 0, height = 0;

  /* A change of content may need a new size from the X server first: wait for a frame with it. */
  for (guint attempt = 0; node == NULL && attempt < 50; attempt++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      gtk_test_widget_wait_for_draw (widget);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  if (node == NULL)
    g_error ("nothing drawn for %s (%d×%d)", name, width, height);

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}
