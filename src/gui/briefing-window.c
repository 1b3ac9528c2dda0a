/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-window"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-application.h"
#include "briefing-bundle-reader.h"
#include "briefing-window.h"

struct _BriefingWindow
{
  GtkApplicationWindow  parent_instance;

  /* Template widgets */
  GtkStack             *stack;
  GtkLabel             *title_label;
  GtkLabel             *summary_label;
  GtkLabel             *description_label;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  GtkSpinner           *spinner;

  /* Owned */
  BriefingBundle       *bundle;
  GFile                *loading_file;
  GCancellable         *cancellable;
  char                 *error_message;
};

G_DEFINE_FINAL_TYPE (BriefingWindow, briefing_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_BUNDLE,
  PROP_LOADING,
  PROP_ERROR_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_error_message (BriefingWindow *self,
                   const char     *message)
{
  if (g_strcmp0 (self->error_message, message) == 0)
    return;

  g_free (self->error_message);
  self->error_message = g_strdup (message);
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_MESSAGE]);
}

static void
set_bundle (BriefingWindow *self,
            BriefingBundle *bundle)
{
  g_autofree char *summary = NULL;
  const char *description;

  if (!g_set_object (&self->bundle, bundle))
    return;

  if (bundle != NULL)
    {
      summary = briefing_bundle_dup_summary (bundle);
      description = briefing_bundle_get_description (bundle);
      gtk_window_set_title (GTK_WINDOW (self), briefing_bundle_get_title (bundle));
      gtk_label_set_text (self->title_label, briefing_bundle_get_title (bundle));
      gtk_label_set_text (self->summary_label, summary);
      gtk_label_set_text (self->description_label, description != NULL ? description : "");
      gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL);
      gtk_stack_set_visible_child_name (self->stack, "bundle");
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Briefing"));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUNDLE]);
}

static void
set_loading (BriefingWindow *self,
             GCancellable   *cancellable)
{
  gboolean was_loading = self->cancellable != NULL;

  g_clear_object (&self->cancellable);
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  gtk_spinner_set_spinning (self->spinner, cancellable != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), cancellable != NULL);

  if (was_loading != (cancellable != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
read_file_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(BriefingWindow) self = user_data;
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;

  bundle = briefing_bundle_reader_read_file_finish (BRIEFING_BUNDLE_READER (source), result, &error);

  /* A newer load replaced this one, or the window went away. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_loading (self, NULL);

  if (bundle == NULL)
    {
      g_autofree char *name = g_file_get_basename (self->loading_file);
      /* Translators: the first %s is a file name, the second says what is wrong with it */
      g_autofree char *message = g_strdup_printf (_("“%s” could not be opened: %s"), name, error->message);

      g_clear_object (&self->loading_file);
      set_error_message (self, message);
      return;
    }

  g_clear_object (&self->loading_file);

  set_error_message (self, NULL);
  set_bundle (self, bundle);
}

static void
on_error_close_clicked (BriefingWindow *self)
{
  set_error_message (self, NULL);
}

static void
briefing_window_dispose (GObject *object)
{
  BriefingWindow *self = BRIEFING_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->loading_file);
  g_clear_object (&self->bundle);

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_WINDOW);

  G_OBJECT_CLASS (briefing_window_parent_class)->dispose (object);
}

static void
briefing_window_finalize (GObject *object)
{
  BriefingWindow *self = BRIEFING_WINDOW (object);

  g_free (self->error_message);

  G_OBJECT_CLASS (briefing_window_parent_class)->finalize (object);
}

static void
briefing_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BriefingWindow *self = BRIEFING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_BUNDLE:
      g_value_set_object (value, self->bundle);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->cancellable != NULL);
      break;
    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_window_class_init (BriefingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_window_dispose;
  object_class->finalize = briefing_window_finalize;
  object_class->get_property = briefing_window_get_property;

  properties[PROP_BUNDLE] =
    g_param_spec_object ("bundle", NULL, NULL, BRIEFING_TYPE_BUNDLE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, description_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_error_close_clicked);
}

static void
briefing_window_init (BriefingWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BriefingWindow *
briefing_window_new (GtkApplication *application)
{
  return g_object_new (BRIEFING_TYPE_WINDOW, "application", application, NULL);
}

/* Loads @file off the main thread; the current bundle stays until the new one is read. */
void
briefing_window_open (BriefingWindow *self,
                      GFile          *file)
{
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  GtkApplication *app;
  GSettings *settings;

  g_return_if_fail (BRIEFING_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  app = gtk_window_get_application (GTK_WINDOW (self));
  settings = BRIEFING_IS_APPLICATION (app) ? briefing_application_get_settings (BRIEFING_APPLICATION (app)) : NULL;
  if (settings != NULL)
    briefing_bundle_reader_set_max_size (reader, g_settings_get_uint64 (settings, "max-bundle-size"));

  g_set_object (&self->loading_file, file);
  set_loading (self, cancellable);
  briefing_bundle_reader_read_file_async (reader, file, cancellable, read_file_cb, g_object_ref (self));
}

BriefingBundle *
briefing_window_get_bundle (BriefingWindow *self)
{
  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), NULL);

  return self->bundle;
}

const char *
briefing_window_get_error_message (BriefingWindow *self)
{
  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), NULL);

  return self->error_message;
}

gboolean
briefing_window_get_loading (BriefingWindow *self)
{
  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), FALSE);

  return self->cancellable != NULL;
}
