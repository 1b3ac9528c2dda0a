/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "briefing-bundle-private.h"
#include "briefing-bundle-reader.h"
#include "briefing-bundle-writer.h"
#include "briefing-document-private.h"
#include "briefing-save-file-private.h"
#include "briefing-util-private.h"

/* One change to the bundle: an item put in, taken out or replaced, or the title changed. */
typedef struct
{
  GObject *before;        /* nullable: the item was added */
  GObject *after;         /* nullable: the item was removed */
  guint    position;      /* where it was added or removed */
  char    *title_before;  /* both set for a change of title */
  char    *title_after;
} Step;

/* One undo record: the steps of a user's action, and the modification counts around it. */
typedef struct
{
  GPtrArray *steps;       /* of Step, in the order made */
  guint64    serial;      /* the document's state after it */
  guint64    previous;    /* and before it */
} Change;

struct _BriefingDocument
{
  GObject              parent_instance;

  BriefingBundle      *bundle;
  BriefingUndoContext *undo;
  char                *error_message;

  /* The open group: its steps and label, and how deep the nesting is. */
  Change              *group;
  char                *group_label;
  guint                group_depth;

  /* Every change gets a serial; the document is modified when its current state is not the one
   * last saved. Undo goes back to a change's previous serial, so undoing to the saved state
   * clears "modified". */
  guint64              next_serial;
  guint64              current_serial;
  guint64              saved_serial;
};

static void undo_handler_iface_init (BriefingUndoHandlerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BriefingDocument, briefing_document, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BRIEFING_TYPE_UNDO_HANDLER, undo_handler_iface_init))

enum {
  PROP_0,
  PROP_BUNDLE,
  PROP_UNDO_CONTEXT,
  PROP_FILE,
  PROP_TITLE,
  PROP_MODIFIED,
  PROP_ERROR_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
step_free (Step *step)
{
  g_clear_object (&step->before);
  g_clear_object (&step->after);
  g_free (step->title_before);
  g_free (step->title_after);
  g_free (step);
}

static Change *
change_new (void)
{
  Change *change = g_new0 (Change, 1);

  change->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  return change;
}

static void
change_free (Change *change)
{
  g_ptr_array_unref (change->steps);
  g_free (change);
}

static void
set_current_serial (BriefingDocument *self,
                    guint64           serial)
{
  gboolean was_modified = briefing_document_get_modified (self);

  self->current_serial = serial;
  if (was_modified != briefing_document_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Makes @step in one direction: forward as recorded, or backward to undo it. */
static gboolean
run_step (BriefingDocument *self,
          Step             *step,
          gboolean          forward)
{
  GObject *from = forward ? step->before : step->after;
  GObject *to = forward ? step->after : step->before;

  if (step->title_after != NULL)
    {
      briefing_bundle_set_title (self->bundle, forward ? step->title_after : step->title_before);
      return TRUE;
    }
  if (from != NULL && to != NULL)
    return briefing_bundle_replace_item (self->bundle, from, to);
  if (to != NULL)
    return briefing_bundle_insert_item (self->bundle, to, step->position);
  return briefing_bundle_remove_item (self->bundle, from);
}

static void
briefing_document_undo (BriefingUndoHandler *handler,
                        gpointer             data)
{
  BriefingDocument *self = BRIEFING_DOCUMENT (handler);
  Change *change = data;

  for (guint i = change->steps->len; i > 0; i--)
    if (!run_step (self, change->steps->pdata[i - 1], FALSE))
      g_critical ("The bundle refused to undo an edit; the history no longer matches it");
  set_current_serial (self, change->previous);
}

static void
briefing_document_redo (BriefingUndoHandler *handler,
                        gpointer             data)
{
  BriefingDocument *self = BRIEFING_DOCUMENT (handler);
  Change *change = data;

  for (guint i = 0; i < change->steps->len; i++)
    if (!run_step (self, change->steps->pdata[i], TRUE))
      g_critical ("The bundle refused to redo an edit; the history no longer matches it");
  set_current_serial (self, change->serial);
}

static void
briefing_document_free_data (BriefingUndoHandler *handler,
                             gpointer             data)
{
  change_free (data);
}

static void
undo_handler_iface_init (BriefingUndoHandlerInterface *iface)
{
  iface->undo = briefing_document_undo;
  iface->redo = briefing_document_redo;
  iface->free_data = briefing_document_free_data;
}

static void
on_bundle_notify (BriefingDocument *self,
                  GParamSpec       *pspec,
                  BriefingBundle   *bundle)
{
  if (g_strcmp0 (pspec->name, "title") == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  else if (g_strcmp0 (pspec->name, "file") == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

static void
briefing_document_constructed (GObject *object)
{
  BriefingDocument *self = BRIEFING_DOCUMENT (object);

  G_OBJECT_CLASS (briefing_document_parent_class)->constructed (object);

  g_assert (BRIEFING_IS_BUNDLE (self->bundle));
  g_signal_connect_object (self->bundle, "notify", G_CALLBACK (on_bundle_notify), self, G_CONNECT_SWAPPED);
}

static void
briefing_document_dispose (GObject *object)
{
  BriefingDocument *self = BRIEFING_DOCUMENT (object);

  g_clear_pointer (&self->group, change_free);
  g_clear_object (&self->undo);
  g_clear_object (&self->bundle);

  G_OBJECT_CLASS (briefing_document_parent_class)->dispose (object);
}

static void
briefing_document_finalize (GObject *object)
{
  BriefingDocument *self = BRIEFING_DOCUMENT (object);

  g_clear_pointer (&self->error_message, g_free);
  g_clear_pointer (&self->group_label, g_free);

  G_OBJECT_CLASS (briefing_document_parent_class)->finalize (object);
}

static void
briefing_document_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BriefingDocument *self = BRIEFING_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_BUNDLE:
      g_value_set_object (value, self->bundle);
      break;
    case PROP_UNDO_CONTEXT:
      g_value_set_object (value, self->undo);
      break;
    case PROP_FILE:
      g_value_set_object (value, briefing_document_get_file (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, briefing_document_get_title (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, briefing_document_get_modified (self));
      break;
    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_document_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BriefingDocument *self = BRIEFING_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_BUNDLE:
      self->bundle = g_value_dup_object (value);
      break;
    case PROP_UNDO_CONTEXT:
      self->undo = g_value_dup_object (value);
      break;
    case PROP_ERROR_MESSAGE:
      briefing_document_set_error_message (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_document_class_init (BriefingDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = briefing_document_constructed;
  object_class->dispose = briefing_document_dispose;
  object_class->finalize = briefing_document_finalize;
  object_class->get_property = briefing_document_get_property;
  object_class->set_property = briefing_document_set_property;

  properties[PROP_BUNDLE] =
    g_param_spec_object ("bundle", NULL, NULL, BRIEFING_TYPE_BUNDLE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_CONTEXT] =
    g_param_spec_object ("undo-context", NULL, NULL, BRIEFING_TYPE_UNDO_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_document_init (BriefingDocument *self)
{
  self->next_serial = 1;
}

BriefingDocument *
briefing_document_new (BriefingBundle      *bundle,
                       BriefingUndoContext *undo)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (bundle), NULL);
  g_return_val_if_fail (undo == NULL || BRIEFING_IS_UNDO_CONTEXT (undo), NULL);

  return g_object_new (BRIEFING_TYPE_DOCUMENT,
                       "bundle", bundle,
                       "undo-context", undo,
                       NULL);
}

/* A bundle id from the title's letters and digits, and the time, so two new bundles of the same
 * name keep their notes apart. */
static char *
new_bundle_id (const char *title,
               GDateTime  *now)
{
  g_autofree char *ascii = g_str_to_ascii (title, "C");
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  GString *id = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && id->len < 40; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, g_ascii_tolower (*p));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  if (id->len == 0)
    g_string_append (id, "bundle-");
  else if (id->str[id->len - 1] != '-')
    g_string_append_c (id, '-');
  g_string_append (id, stamp);

  return g_string_free (id, FALSE);
}

BriefingDocument *
briefing_document_new_empty (const char          *title,
                             const char          *language,
                             BriefingUndoContext *undo)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autofree char *id = NULL;
  BriefingDate created;

  g_return_val_if_fail (title != NULL && title[0] != '\0', NULL);

  id = new_bundle_id (title, now);
  bundle = briefing_bundle_new (id, title);
  briefing_bundle_set_language (bundle, language != NULL ? language : "en");
  created = briefing_date_from_date_time (now);
  created.microsecond = 0;
  briefing_bundle_set_created (bundle, &created);

  return briefing_document_new (bundle, undo);
}

BriefingBundle *
briefing_document_get_bundle (BriefingDocument *self)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), NULL);

  return self->bundle;
}

BriefingUndoContext *
briefing_document_get_undo_context (BriefingDocument *self)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), NULL);

  return self->undo;
}

GFile *
briefing_document_get_file (BriefingDocument *self)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), NULL);

  return briefing_bundle_get_file (self->bundle);
}

const char *
briefing_document_get_title (BriefingDocument *self)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), NULL);

  return briefing_bundle_get_title (self->bundle);
}

gboolean
briefing_document_get_modified (BriefingDocument *self)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);

  return self->current_serial != self->saved_serial;
}

const char *
briefing_document_get_error_message (BriefingDocument *self)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), NULL);

  return self->error_message;
}

void
briefing_document_set_error_message (BriefingDocument *self,
                                     const char       *message)
{
  g_return_if_fail (BRIEFING_IS_DOCUMENT (self));

  if (briefing_set_str (&self->error_message, message))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_MESSAGE]);
}

void
briefing_document_begin_group (BriefingDocument *self,
                               const char       *label)
{
  g_return_if_fail (BRIEFING_IS_DOCUMENT (self));

  if (self->group_depth++ > 0)
    return;

  self->group = change_new ();
  self->group_label = g_strdup (label);
}

void
briefing_document_end_group (BriefingDocument *self)
{
  Change *change;

  g_return_if_fail (BRIEFING_IS_DOCUMENT (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  change = g_steal_pointer (&self->group);
  if (change->steps->len == 0)
    {
      change_free (change);
      g_clear_pointer (&self->group_label, g_free);
      return;
    }

  change->previous = self->current_serial;
  change->serial = self->next_serial++;
  set_current_serial (self, change->serial);

  if (self->undo != NULL)
    briefing_undo_context_push (self->undo, BRIEFING_UNDO_HANDLER (self), change, self->group_label);
  else
    change_free (change);
  g_clear_pointer (&self->group_label, g_free);
}

static void
record (BriefingDocument *self,
        Step             *step)
{
  /* A change made outside a group is a group of its own. */
  gboolean own_group = self->group_depth == 0;

  if (own_group)
    briefing_document_begin_group (self, NULL);
  g_ptr_array_add (self->group->steps, step);
  if (own_group)
    briefing_document_end_group (self);
}

gboolean
briefing_document_apply (BriefingDocument *self,
                         GObject          *before,
                         GObject          *after,
                         guint             position)
{
  Step *step;

  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (before != NULL || after != NULL, FALSE);

  step = g_new0 (Step, 1);
  step->before = before != NULL ? g_object_ref (before) : NULL;
  step->after = after != NULL ? g_object_ref (after) : NULL;
  if (before != NULL && after == NULL)
    briefing_bundle_find_item (self->bundle, before, &position);
  step->position = position;

  if (!run_step (self, step, TRUE))
    {
      step_free (step);
      return FALSE;
    }

  record (self, step);
  return TRUE;
}

void
briefing_document_apply_title (BriefingDocument *self,
                               const char       *title)
{
  Step *step;

  g_return_if_fail (BRIEFING_IS_DOCUMENT (self));
  g_return_if_fail (title != NULL);

  step = g_new0 (Step, 1);
  step->title_before = g_strdup (briefing_bundle_get_title (self->bundle));
  step->title_after = g_strdup (title);
  run_step (self, step, TRUE);
  record (self, step);
}

/* Saving */

typedef struct
{
  GBytes  *data;
  GFile   *file;
  guint64  serial;  /* the state being written */
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_bytes_unref (data->data);
  g_object_unref (data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveData, save_data_free)

static SaveData *
prepare_save (BriefingDocument *self,
              GFile            *file)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  BriefingDate updated = briefing_date_from_date_time (now);
  SaveData *data = g_new0 (SaveData, 1);
  char *text;
  gsize length;

  /* A bundle that changed says when; the reader wants seconds at most. */
  if (briefing_document_get_modified (self) || briefing_document_get_file (self) == NULL)
    {
      updated.microsecond = 0;
      if (briefing_date_compare (&updated, briefing_bundle_get_created (self->bundle)) < 0)
        updated = *briefing_bundle_get_created (self->bundle);
      briefing_bundle_set_updated (self->bundle, &updated);
    }

  text = briefing_bundle_to_data (self->bundle, &length);
  data->data = g_bytes_new_take (text, length);
  data->file = g_object_ref (file);
  data->serial = self->current_serial;

  return data;
}

/* Runs on any thread: checks the bytes as a reader would, then writes them in one piece. */
static gboolean
write_checked (SaveData  *data,
               GError   **error)
{
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) check = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = g_file_get_path (data->file);
  g_autofree char *name = g_file_get_basename (data->file);
  gsize length;
  const char *text = g_bytes_get_data (data->data, &length);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   /* Translators: %s is a file name */
                   _("“%s” is not a local file; save the bundle to a folder on this computer"), name);
      return FALSE;
    }

  check = briefing_bundle_reader_read_bytes (reader, data->data, &local_error);
  if (check == NULL)
    {
      g_set_error (error, BRIEFING_BUNDLE_ERROR, local_error->code,
                   /* Translators: %s says what is wrong with the bundle */
                   _("the bundle would not be valid: %s"), local_error->message);
      return FALSE;
    }

  return briefing_save_file_contents (path, text, length, 0644, error);
}

static void
finish_save (BriefingDocument *self,
             SaveData         *data)
{
  gboolean was_modified = briefing_document_get_modified (self);

  self->saved_serial = data->serial;
  briefing_bundle_set_file (self->bundle, data->file);
  briefing_document_set_error_message (self, NULL);
  if (was_modified != briefing_document_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
fail_save (BriefingDocument  *self,
           GFile             *file,
           GError            *error)
{
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: the first %s is a file name, the second says why it could not be written */
  g_autofree char *message = g_strdup_printf (_("“%s” could not be saved: %s"), name, error->message);

  briefing_document_set_error_message (self, message);
}

gboolean
briefing_document_save (BriefingDocument  *self,
                        GFile             *file,
                        GError           **error)
{
  g_autoptr(SaveData) data = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = prepare_save (self, file);
  if (!write_checked (data, &local_error))
    {
      fail_save (self, file, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  finish_save (self, data);
  return TRUE;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (write_checked (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
briefing_document_save_async (BriefingDocument    *self,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BRIEFING_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, briefing_document_save_async);
  g_task_set_task_data (task, prepare_save (self, file), (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
briefing_document_save_finish (BriefingDocument  *self,
                               GAsyncResult      *result,
                               GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  SaveData *data;

  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (!g_task_propagate_boolean (G_TASK (result), &local_error))
    {
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fail_save (self, data->file, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  finish_save (self, data);
  return TRUE;
}
