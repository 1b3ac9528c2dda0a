/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-annotation-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "briefing-annotation-file-private.h"
#include "briefing-annotation-store-private.h"
#include "briefing-annotation-w3c-private.h"
#include "briefing-error.h"

#define DEFAULT_SAVE_DELAY 500

struct _BriefingAnnotationStore
{
  GObject                 parent_instance;

  /* owned */
  char                   *bundle_id;
  char                   *dir;
  GPtrArray              *items;          /* of BriefingAnnotation, in the order of the file */
  GHashTable             *by_id;          /* id (owned) → annotation (borrowed from items) */
  GHashTable             *labels;         /* colour → the meaning the user gave it */
  BriefingAnnotationFile *file;
  BriefingBundle         *bundle;         /* the edition last anchored against */
  char                   *error_message;

  guint                   save_failed : 1;  /* error_message is about saving */
  guint                   batch : 1;        /* a merge is saved once, at its end */
};

static void list_model_iface_init   (GListModelInterface          *iface);
static void undo_handler_iface_init (BriefingUndoHandlerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BriefingAnnotationStore, briefing_annotation_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init)
                               G_IMPLEMENT_INTERFACE (BRIEFING_TYPE_UNDO_HANDLER, undo_handler_iface_init))

enum {
  PROP_0,
  PROP_BUNDLE_ID,
  PROP_DIR,
  PROP_PATH,
  PROP_DIRTY,
  PROP_ERROR_MESSAGE,
  PROP_SAVE_DELAY,
  PROP_N_ITEMS,
  N_PROPS
};

enum {
  LABELS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* In the order of briefing_annotation_colors. */
static const char * const default_labels[BRIEFING_N_COLORS] = {
  /* Translators: what a highlight colour means until the user says otherwise (yellow) */
  N_("Key point"),
  /* Translators: the meaning of red highlights */
  N_("Contradiction"),
  /* Translators: the meaning of green highlights */
  N_("Agreement"),
  /* Translators: the meaning of blue highlights */
  N_("Background"),
  /* Translators: the meaning of purple highlights */
  N_("Follow up"),
  /* Translators: the meaning of orange highlights */
  N_("Question"),
};

/* One change the user can undo: copies of the annotation before and after it. */
typedef struct
{
  BriefingAnnotation *before;
  BriefingAnnotation *after;
  guint               position;
} Change;

static void
change_free (Change *change)
{
  g_clear_object (&change->before);
  g_clear_object (&change->after);
  g_free (change);
}

static int
color_index (const char *color)
{
  for (guint i = 0; i < BRIEFING_N_COLORS; i++)
    if (g_strcmp0 (color, briefing_annotation_colors[i]) == 0)
      return i;
  return -1;
}

static gboolean
is_valid_bundle_id (const char *id)
{
  gsize len = strlen (id);

  if (len == 0 || len > 128 || !g_ascii_isalnum (id[0]))
    return FALSE;
  for (gsize i = 1; i < len; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '.' && id[i] != '_' && id[i] != '-')
      return FALSE;
  return TRUE;
}

static void
set_error_message (BriefingAnnotationStore *self,
                   const char              *message,
                   gboolean                 about_saving)
{
  self->save_failed = message != NULL && about_saving;
  if (g_strcmp0 (self->error_message, message) == 0)
    return;

  g_free (self->error_message);
  self->error_message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_MESSAGE]);
}

/* Changes to the list */

static void
changed (BriefingAnnotationStore *self)
{
  if (!self->batch)
    briefing_annotation_file_changed (self->file);
}

static gboolean
find_position (BriefingAnnotationStore *self,
               BriefingAnnotation      *annotation,
               guint                   *position)
{
  return g_ptr_array_find (self->items, annotation, position);
}

static void
insert_at (BriefingAnnotationStore *self,
           guint                    position,
           BriefingAnnotation      *annotation)
{
  position = MIN (position, self->items->len);
  if (self->bundle != NULL)
    briefing_annotation_anchor_in (annotation, self->bundle);

  g_ptr_array_insert (self->items, position, g_object_ref (annotation));
  g_hash_table_insert (self->by_id, g_strdup (briefing_annotation_get_id (annotation)), annotation);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  changed (self);
}

static gboolean
remove_id (BriefingAnnotationStore *self,
           const char              *id,
           guint                   *removed_at)
{
  BriefingAnnotation *annotation = g_hash_table_lookup (self->by_id, id);
  guint position;

  if (annotation == NULL || !find_position (self, annotation, &position))
    return FALSE;

  g_hash_table_remove (self->by_id, id);
  g_ptr_array_remove_index (self->items, position);
  if (removed_at != NULL)
    *removed_at = position;

  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  changed (self);
  return TRUE;
}

static gboolean
replace_item (BriefingAnnotationStore *self,
              BriefingAnnotation      *annotation)
{
  const char *id = briefing_annotation_get_id (annotation);
  BriefingAnnotation *old = g_hash_table_lookup (self->by_id, id);
  guint position;

  if (old == NULL || !find_position (self, old, &position))
    return FALSE;

  if (self->bundle != NULL)
    briefing_annotation_anchor_in (annotation, self->bundle);

  g_hash_table_insert (self->by_id, g_strdup (id), annotation);
  g_ptr_array_index (self->items, position) = g_object_ref (annotation);
  g_object_unref (old);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
  changed (self);
  return TRUE;
}

/* Puts a copy of @annotation in the store: in the place of the one with its id, or at @position. */
static void
restore (BriefingAnnotationStore *self,
         BriefingAnnotation      *annotation,
         guint                    position)
{
  g_autoptr(BriefingAnnotation) copy = briefing_annotation_copy (annotation);

  if (!replace_item (self, copy))
    insert_at (self, position, copy);
}

static void
set_contents (BriefingAnnotationStore *self,
              GPtrArray               *annotations,
              GHashTable              *labels)
{
  guint removed = self->items->len;

  g_hash_table_remove_all (self->by_id);
  g_ptr_array_set_size (self->items, 0);
  for (guint i = 0; annotations != NULL && i < annotations->len; i++)
    {
      BriefingAnnotation *annotation = annotations->pdata[i];

      if (self->bundle != NULL)
        briefing_annotation_anchor_in (annotation, self->bundle);
      g_ptr_array_add (self->items, g_object_ref (annotation));
      g_hash_table_insert (self->by_id, g_strdup (briefing_annotation_get_id (annotation)), annotation);
    }

  g_hash_table_remove_all (self->labels);
  if (labels != NULL)
    {
      GHashTableIter iter;
      gpointer color, meaning;

      g_hash_table_iter_init (&iter, labels);
      while (g_hash_table_iter_next (&iter, &color, &meaning))
        g_hash_table_insert (self->labels, g_strdup (color), g_strdup (meaning));
    }

  briefing_annotation_file_mark_clean (self->file);

  if (removed > 0 || self->items->len > 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
      if (removed != self->items->len)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
  g_signal_emit (self, signals[LABELS_CHANGED], 0);
}

/* Saving: the file asks for the bytes when it writes. */

static char *
snapshot (gpointer   user_data,
          gsize     *length,
          GError   **error)
{
  BriefingAnnotationStore *self = user_data;
  g_autofree char *data = briefing_annotation_w3c_store_to_data (G_LIST_MODEL (self), self->bundle_id,
                                                                 self->labels, length);

  /* A file the store would refuse to read back must never replace a good one. */
  if (*length > BRIEFING_ANNOTATIONS_MAX_SIZE)
    {
      g_autofree char *limit = g_format_size (BRIEFING_ANNOTATIONS_MAX_SIZE);

      g_set_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_TOO_LARGE,
                   /* Translators: %s is a size such as "64 MB" */
                   _("the annotations would take more than %s"), limit);
      return NULL;
    }

  return g_steal_pointer (&data);
}

static void
on_file_notify_dirty (BriefingAnnotationStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
on_file_notify_save_delay (BriefingAnnotationStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_DELAY]);
}

static void
on_file_notify_save_error (BriefingAnnotationStore *self)
{
  const char *message = briefing_annotation_file_get_save_error (self->file);

  if (message != NULL)
    set_error_message (self, message, TRUE);
  else if (self->save_failed)
    set_error_message (self, NULL, FALSE);
}

/* GListModel */

static GType
briefing_annotation_store_get_item_type (GListModel *model)
{
  return BRIEFING_TYPE_ANNOTATION;
}

static guint
briefing_annotation_store_get_n_items (GListModel *model)
{
  return BRIEFING_ANNOTATION_STORE (model)->items->len;
}

static gpointer
briefing_annotation_store_get_item (GListModel *model,
                                    guint       position)
{
  BriefingAnnotationStore *self = BRIEFING_ANNOTATION_STORE (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = briefing_annotation_store_get_item_type;
  iface->get_n_items = briefing_annotation_store_get_n_items;
  iface->get_item = briefing_annotation_store_get_item;
}

/* BriefingUndoHandler: each record is a Change holding copies, so later edits of the objects
 * given to briefing_annotation_store_change() do not alter history. */

static void
briefing_annotation_store_undo (BriefingUndoHandler *handler,
                                gpointer             data)
{
  BriefingAnnotationStore *self = BRIEFING_ANNOTATION_STORE (handler);
  Change *change = data;

  if (change->before == NULL)
    remove_id (self, briefing_annotation_get_id (change->after), NULL);
  else
    restore (self, change->before, change->position);
}

static void
briefing_annotation_store_redo (BriefingUndoHandler *handler,
                                gpointer             data)
{
  BriefingAnnotationStore *self = BRIEFING_ANNOTATION_STORE (handler);
  Change *change = data;

  if (change->after == NULL)
    remove_id (self, briefing_annotation_get_id (change->before), NULL);
  else
    restore (self, change->after, change->position);
}

static void
briefing_annotation_store_free_data (BriefingUndoHandler *handler,
                                     gpointer             data)
{
  change_free (data);
}

static void
undo_handler_iface_init (BriefingUndoHandlerInterface *iface)
{
  iface->undo = briefing_annotation_store_undo;
  iface->redo = briefing_annotation_store_redo;
  iface->free_data = briefing_annotation_store_free_data;
}

/* GObject */

static void
briefing_annotation_store_constructed (GObject *object)
{
  BriefingAnnotationStore *self = (BriefingAnnotationStore *)object;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  G_OBJECT_CLASS (briefing_annotation_store_parent_class)->constructed (object);

  if (self->dir == NULL)
    self->dir = briefing_annotation_store_dup_default_dir ();
  name = g_strconcat (self->bundle_id, ".annotations.json", NULL);
  path = g_build_filename (self->dir, name, NULL);

  self->file = briefing_annotation_file_new (path);
  briefing_annotation_file_set_snapshot_func (self->file, snapshot, self);
  g_signal_connect_object (self->file, "notify::dirty", G_CALLBACK (on_file_notify_dirty), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->file, "notify::save-error", G_CALLBACK (on_file_notify_save_error), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->file, "notify::save-delay", G_CALLBACK (on_file_notify_save_delay), self,
                           G_CONNECT_SWAPPED);
}

static void
briefing_annotation_store_dispose (GObject *object)
{
  BriefingAnnotationStore *self = (BriefingAnnotationStore *)object;
  g_autoptr(GError) error = NULL;

  /* The last reference going is the last chance to keep the user's changes. A write still
   * running in a thread keeps the file object, not the store, alive. */
  if (self->file != NULL)
    {
      if (!briefing_annotation_file_flush (self->file, &error))
        g_warning ("Annotations of bundle “%s” lost on closing: %s", self->bundle_id, error->message);
      briefing_annotation_file_set_snapshot_func (self->file, NULL, NULL);
      g_clear_object (&self->file);
    }

  g_clear_object (&self->bundle);

  G_OBJECT_CLASS (briefing_annotation_store_parent_class)->dispose (object);
}

static void
briefing_annotation_store_finalize (GObject *object)
{
  BriefingAnnotationStore *self = (BriefingAnnotationStore *)object;

  g_clear_pointer (&self->bundle_id, g_free);
  g_clear_pointer (&self->dir, g_free);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->labels, g_hash_table_unref);
  g_clear_pointer (&self->error_message, g_free);

  G_OBJECT_CLASS (briefing_annotation_store_parent_class)->finalize (object);
}

static void
briefing_annotation_store_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  BriefingAnnotationStore *self = BRIEFING_ANNOTATION_STORE (object);

  switch (prop_id)
    {
    case PROP_BUNDLE_ID:
      g_value_set_string (value, self->bundle_id);
      break;

    case PROP_DIR:
      g_value_set_string (value, self->dir);
      break;

    case PROP_PATH:
      g_value_set_string (value, briefing_annotation_store_get_path (self));
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, briefing_annotation_store_get_dirty (self));
      break;

    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;

    case PROP_SAVE_DELAY:
      g_value_set_uint (value, self->file != NULL ? briefing_annotation_file_get_save_delay (self->file) : 0);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_annotation_store_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  BriefingAnnotationStore *self = BRIEFING_ANNOTATION_STORE (object);

  switch (prop_id)
    {
    case PROP_BUNDLE_ID:
      self->bundle_id = g_value_dup_string (value);
      break;

    case PROP_DIR:
      self->dir = g_value_dup_string (value);
      break;

    case PROP_SAVE_DELAY:
      briefing_annotation_store_set_save_delay (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_annotation_store_class_init (BriefingAnnotationStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = briefing_annotation_store_constructed;
  object_class->dispose = briefing_annotation_store_dispose;
  object_class->finalize = briefing_annotation_store_finalize;
  object_class->get_property = briefing_annotation_store_get_property;
  object_class->set_property = briefing_annotation_store_set_property;

  properties[PROP_BUNDLE_ID] = g_param_spec_string ("bundle-id", NULL, NULL, NULL, construct);
  /* The folder of the file; NULL at construction means the default one. */
  properties[PROP_DIR] = g_param_spec_string ("dir", NULL, NULL, NULL, construct);
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, ro);
  properties[PROP_DIRTY] = g_param_spec_boolean ("dirty", NULL, NULL, FALSE, ro);
  properties[PROP_ERROR_MESSAGE] = g_param_spec_string ("error-message", NULL, NULL, NULL, ro);
  properties[PROP_SAVE_DELAY] =
    g_param_spec_uint ("save-delay", NULL, NULL, 0, G_MAXUINT, DEFAULT_SAVE_DELAY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The meaning of a colour changed (briefing_annotation_store_set_label(), or a load). */
  signals[LABELS_CHANGED] =
    g_signal_new ("labels-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
briefing_annotation_store_init (BriefingAnnotationStore *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* Public API */

char *
briefing_annotation_store_dup_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "annotations", NULL);
}

BriefingAnnotationStore *
briefing_annotation_store_new (const char *bundle_id,
                               const char *dir)
{
  /* The id names the file: only a bundle id as the reader accepts it can leave the folder alone. */
  g_return_val_if_fail (bundle_id != NULL && is_valid_bundle_id (bundle_id), NULL);

  return g_object_new (BRIEFING_TYPE_ANNOTATION_STORE,
                       "bundle-id", bundle_id,
                       "dir", dir,
                       NULL);
}

gboolean
briefing_annotation_store_load (BriefingAnnotationStore  *self,
                                GError                  **error)
{
  g_autofree char *data = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GHashTable) labels = NULL;
  gsize length = 0;

  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_STORE (self), FALSE);

  set_error_message (self, NULL, FALSE);
  labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (briefing_annotation_file_read (self->file, &data, &length, &read_error) &&
      (data == NULL ||
       (annotations = briefing_annotation_w3c_store_parse (data, length, self->bundle_id, labels, &read_error)) != NULL))
    {
      set_contents (self, annotations, labels);
      return TRUE;
    }

  set_contents (self, NULL, NULL);
  message = briefing_annotation_file_set_aside (self->file, read_error);
  set_error_message (self, message, FALSE);
  g_set_error_literal (error, BRIEFING_BUNDLE_ERROR,
                       read_error->domain == BRIEFING_BUNDLE_ERROR ? read_error->code : BRIEFING_BUNDLE_ERROR_IO,
                       message);
  return FALSE;
}

gboolean
briefing_annotation_store_flush (BriefingAnnotationStore  *self,
                                 GError                  **error)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_STORE (self), FALSE);

  return briefing_annotation_file_flush (self->file, error);
}

const char *
briefing_annotation_store_get_bundle_id (BriefingAnnotationStore *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_STORE (self), NULL);

  return self->bundle_id;
}

const char *
briefing_annotation_store_get_path (BriefingAnnotationStore *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_STORE (self), NULL);

  return briefing_annotation_file_get_path (self->file);
}

gboolean
briefing_annotation_store_get_dirty (BriefingAnnotationStore *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_STORE (self), FALSE);

  return self->file != NULL && briefing_annotation_file_get_dirty (self->file);
}

const char *
briefing_annotation_store_get_error_message (BriefingAnnotationStore *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_STORE (self), NULL);

  return self->error_message;
}

void
briefing_annotation_store_set_save_delay (BriefingAnnotationStore *self,
                                          guint                    delay_ms)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION_STORE (self));

  briefing_annotation_file_set_save_delay (self->file, delay_ms);
}

/* Appends @annotation, whose id must not be in the store yet. */
void
briefing_annotation_store_add (BriefingAnnotationStore *self,
                               BriefingAnnotation      *annotation)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION_STORE (self));
  g_return_if_fail (BRIEFING_IS_ANNOTATION (annotation));
  g_return_if_fail (!g_hash_table_contains (self->by_id, briefing_annotation_get_id (annotation)));

  insert_at (self, self->items->len, annotation);
}

gboolean
briefing_annotation_store_remove (BriefingAnnotationStore *self,
                                  const char              *id)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return remove_id (self, id, NULL);
}

gboolean
briefing_annotation_store_replace (BriefingAnnotationStore *self,
                                   BriefingAnnotation      *annotation)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_STORE (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (annotation), FALSE);

  return replace_item (self, annotation);
}

/* (transfer none) (nullable) */
BriefingAnnotation *
briefing_annotation_store_lookup (BriefingAnnotationStore *self,
                                  const char              *id)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

void
briefing_annotation_store_change (BriefingAnnotationStore *self,
                                  BriefingUndoContext     *undo,
                                  BriefingAnnotation      *before,
                                  BriefingAnnotation      *after,
                                  const char              *label)
{
  Change *change;
  BriefingAnnotation *current;

  g_return_if_fail (BRIEFING_IS_ANNOTATION_STORE (self));
  g_return_if_fail (undo == NULL || BRIEFING_IS_UNDO_CONTEXT (undo));
  g_return_if_fail (before != NULL || after != NULL);
  g_return_if_fail (before == NULL || BRIEFING_IS_ANNOTATION (before));
  g_return_if_fail (after == NULL || BRIEFING_IS_ANNOTATION (after));
  g_return_if_fail (before == NULL || after == NULL ||
                    g_strcmp0 (briefing_annotation_get_id (before), briefing_annotation_get_id (after)) == 0);

  current = g_hash_table_lookup (self->by_id, briefing_annotation_get_id (before != NULL ? before : after));
  g_return_if_fail ((current == NULL) == (before == NULL));

  change = g_new0 (Change, 1);
  change->before = before != NULL ? briefing_annotation_copy (before) : NULL;
  change->after = after != NULL ? briefing_annotation_copy (after) : NULL;

  if (before == NULL)
    {
      change->position = self->items->len;
      insert_at (self, change->position, after);
    }
  else if (after == NULL)
    remove_id (self, briefing_annotation_get_id (before), &change->position);
  else
    {
      find_position (self, current, &change->position);
      replace_item (self, after);
    }

  if (undo != NULL)
    briefing_undo_context_push (undo, BRIEFING_UNDO_HANDLER (self), change, label);
  else
    change_free (change);
}

const char *
briefing_annotation_store_get_label (BriefingAnnotationStore *self,
                                     const char              *color)
{
  int index = color_index (color);
  const char *meaning;

  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_STORE (self), NULL);
  g_return_val_if_fail (index >= 0, NULL);

  if ((meaning = g_hash_table_lookup (self->labels, color)) != NULL)
    return meaning;

  return g_dgettext (GETTEXT_PACKAGE, default_labels[index]);
}

/* NULL or an empty @meaning gives the colour its default meaning back. */
void
briefing_annotation_store_set_label (BriefingAnnotationStore *self,
                                     const char              *color,
                                     const char              *meaning)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION_STORE (self));
  g_return_if_fail (color_index (color) >= 0);
  g_return_if_fail (meaning == NULL || g_utf8_validate (meaning, -1, NULL));

  if (meaning != NULL && meaning[0] == '\0')
    meaning = NULL;
  if (g_strcmp0 (g_hash_table_lookup (self->labels, color), meaning) == 0)
    return;

  if (meaning != NULL)
    g_hash_table_insert (self->labels, g_strdup (color), g_strdup (meaning));
  else
    g_hash_table_remove (self->labels, color);

  g_signal_emit (self, signals[LABELS_CHANGED], 0);
  changed (self);
}

/* Private API, for briefing-annotation-store-exchange.c */

void
briefing_annotation_store_set_bundle (BriefingAnnotationStore *self,
                                      BriefingBundle          *bundle)
{
  g_set_object (&self->bundle, bundle);
}

void
briefing_annotation_store_set_batch (BriefingAnnotationStore *self,
                                     gboolean                 batch)
{
  self->batch = !!batch;
}

void
briefing_annotation_store_changed (BriefingAnnotationStore *self)
{
  changed (self);
}
