/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-application"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-annotation-store.h"
#include "briefing-application.h"
#include "briefing-preferences-dialog.h"
#include "briefing-settings.h"
#include "briefing-window.h"

/* How many recent bundles are remembered. */
#define MAX_RECENT 10

struct _BriefingApplication
{
  GtkApplication  parent_instance;

  GSettings      *settings;
  GtkStringList  *recent;
  GHashTable     *stores;   /* bundle id → BriefingAnnotationStore, shared by the windows */
};

G_DEFINE_FINAL_TYPE (BriefingApplication, briefing_application, GTK_TYPE_APPLICATION)

static BriefingWindow *
find_empty_window (BriefingApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (BRIEFING_IS_WINDOW (l->data) && briefing_window_get_bundle (l->data) == NULL &&
        !briefing_window_get_loading (l->data))
      return l->data;
  return NULL;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Each window is asked to close, so that one with unsaved changes asks first; the application
   * ends with its last window. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *authors[] = { _("The Briefing developers"), NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (app),
                         "program-name", _("Briefing"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Timelines, positions and sources of a negotiation, with briefings to hand on"),
                         "authors", authors,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
open_sample_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  g_autoptr(GFile) sample = briefing_application_dup_sample ();

  g_application_open (G_APPLICATION (user_data), &sample, 1, "");
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  BriefingApplication *self = BRIEFING_APPLICATION (user_data);
  BriefingPreferencesDialog *dialog;

  if (self->settings == NULL)
    return;

  dialog = briefing_preferences_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                            self->settings);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
  { "open-sample", open_sample_activated },
};

/* Accelerators live here, in one place; the actions belong to the widgets that own them. */
static const struct {
  const char *action;
  const char *accels[4];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "win.show-shortcuts", { "<Control>question", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.open-location", { "<Control>l", NULL } },
  { "win.import-article", { "<Control>i", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.zoom-in", { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL } },
  { "win.zoom-out", { "<Control>minus", "<Control>KP_Subtract", NULL } },
  { "win.zoom-fit", { "<Control>0", "<Control>KP_0", NULL } },
  { "win.previous-event", { "<Alt>Left", NULL } },
  { "win.next-event", { "<Alt>Right", NULL } },
  { "win.highlight('yellow')", { "<Control>h", NULL } },
  { "win.add-note", { "<Control>m", NULL } },
  { "win.add-question", { "<Control><Shift>m", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.positions-view('positions')", { "<Control>1", NULL } },
  { "win.positions-view('convergence')", { "<Control>2", NULL } },
  { "win.sources-view('articles')", { "<Control>3", NULL } },
  { "win.sources-view('notes')", { "<Control>4", NULL } },
};

static void
load_recent (BriefingApplication *self)
{
  g_auto(GStrv) uris = NULL;

  if (self->settings == NULL)
    return;

  uris = g_settings_get_strv (self->settings, "recent-bundles");
  gtk_string_list_splice (self->recent, 0, g_list_model_get_n_items (G_LIST_MODEL (self->recent)),
                          (const char * const *) uris);
}

static void
briefing_application_startup (GApplication *app)
{
  BriefingApplication *self = BRIEFING_APPLICATION (app);
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (briefing_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APP_ID);
  gtk_css_provider_load_from_resource (css, "/org/briefing/Briefing/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);

  self->settings = briefing_settings_new ();
  load_recent (self);
}

static void
briefing_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (briefing_window_new (GTK_APPLICATION (app)));

  gtk_window_present (window);
}

static void
briefing_application_open (GApplication  *app,
                           GFile        **files,
                           int            n_files,
                           const char    *hint)
{
  BriefingApplication *self = BRIEFING_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      BriefingWindow *window = find_empty_window (self);

      if (window == NULL)
        window = briefing_window_new (GTK_APPLICATION (app));
      briefing_window_open (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static int
briefing_application_handle_local_options (GApplication *app,
                                           GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

/* Notes are saved shortly after each change; what is still pending is written before quitting. */
static void
briefing_application_shutdown (GApplication *app)
{
  BriefingApplication *self = BRIEFING_APPLICATION (app);
  GHashTableIter iter;
  gpointer store;

  g_hash_table_iter_init (&iter, self->stores);
  while (g_hash_table_iter_next (&iter, NULL, &store))
    {
      g_autoptr(GError) error = NULL;

      if (!briefing_annotation_store_flush (store, &error))
        g_warning ("Notes could not be saved to %s: %s", briefing_annotation_store_get_path (store), error->message);
    }

  G_APPLICATION_CLASS (briefing_application_parent_class)->shutdown (app);
}

static void
briefing_application_dispose (GObject *object)
{
  BriefingApplication *self = BRIEFING_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->recent);
  g_clear_pointer (&self->stores, g_hash_table_unref);

  G_OBJECT_CLASS (briefing_application_parent_class)->dispose (object);
}

static void
briefing_application_class_init (BriefingApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = briefing_application_dispose;
  app_class->startup = briefing_application_startup;
  app_class->shutdown = briefing_application_shutdown;
  app_class->activate = briefing_application_activate;
  app_class->open = briefing_application_open;
  app_class->handle_local_options = briefing_application_handle_local_options;
}

static void
briefing_application_init (BriefingApplication *self)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    { NULL }
  };

  self->recent = gtk_string_list_new (NULL);
  self->stores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  /* Translators: the parameters of "briefing" in its --help; URL is an http:// or https:// address */
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE|URL…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Read the timeline, positions and sources of a negotiation "
                                              "from article bundles.\n\n"
                                              "Commands that run without a display:\n"
                                              "  briefing validate FILE|URL…   check bundles and report every problem\n"
                                              "  briefing export BUNDLE -o FILE   write a briefing: PDF, JSON, "
                                              "TimelineJS or Markdown\n"
                                              "  briefing import ARTICLE… -o FILE   make news pages, saved or "
                                              "on the web, the articles of a bundle\n"
                                              "  briefing annotations export|import …   exchange your "
                                              "annotations as W3C Web Annotations\n\n"
                                              "“briefing COMMAND --help” describes a command."));
}

BriefingApplication *
briefing_application_new (void)
{
  return g_object_new (BRIEFING_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/briefing/Briefing",
                       NULL);
}

GSettings *
briefing_application_get_settings (BriefingApplication *self)
{
  g_return_val_if_fail (BRIEFING_IS_APPLICATION (self), NULL);

  return self->settings;
}

GListModel *
briefing_application_get_recent (BriefingApplication *self)
{
  g_return_val_if_fail (BRIEFING_IS_APPLICATION (self), NULL);

  return G_LIST_MODEL (self->recent);
}

void
briefing_application_add_recent (BriefingApplication *self,
                                 GFile               *file)
{
  g_autofree char *uri = NULL;
  g_autoptr(GPtrArray) uris = g_ptr_array_new_with_free_func (g_free);
  guint n;

  g_return_if_fail (BRIEFING_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  g_ptr_array_add (uris, g_strdup (uri));
  n = g_list_model_get_n_items (G_LIST_MODEL (self->recent));
  for (guint i = 0; i < n && uris->len < MAX_RECENT; i++)
    {
      const char *other = gtk_string_list_get_string (self->recent, i);

      if (g_strcmp0 (other, uri) != 0)
        g_ptr_array_add (uris, g_strdup (other));
    }
  g_ptr_array_add (uris, NULL);

  gtk_string_list_splice (self->recent, 0, n, (const char * const *) uris->pdata);
  if (self->settings != NULL)
    g_settings_set_strv (self->settings, "recent-bundles", (const char * const *) uris->pdata);

  /* Shared with the desktop's own list of recent files. */
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

GFile *
briefing_application_dup_sample (void)
{
  g_autofree char *installed = g_build_filename (PKGDATADIR, "samples", "istanbul-talks-2025.bundle.json", NULL);

  if (g_file_test (installed, G_FILE_TEST_EXISTS))
    return g_file_new_for_path (installed);

  return g_file_new_build_filename (SOURCE_SAMPLES_DIR, "istanbul-talks-2025.bundle.json", NULL);
}

/* The annotation store of @bundle_id, shared by every window showing that bundle, loaded on first
 * use. When its file could not be read, it was moved aside and the store starts empty: its
 * "error-message" says so. (transfer none) */
BriefingAnnotationStore *
briefing_application_get_annotation_store (BriefingApplication *self,
                                           const char          *bundle_id)
{
  BriefingAnnotationStore *store;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (BRIEFING_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (bundle_id != NULL, NULL);

  store = g_hash_table_lookup (self->stores, bundle_id);
  if (store != NULL)
    return store;

  store = briefing_annotation_store_new (bundle_id, NULL);
  if (!briefing_annotation_store_load (store, &error))
    g_warning ("%s", error->message);
  g_hash_table_insert (self->stores, g_strdup (bundle_id), store);

  return store;
}
