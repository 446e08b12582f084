package dev.snpgate.processor.writing;

import dev.snpgate.baseline.Baseline;
import dev.snpgate.baseline.BaselineFormat;
import dev.snpgate.processor.model.BitRow;
import dev.snpgate.processor.model.GuestModel;
import dev.snpgate.runtime.Catalog;
import java.util.SortedMap;
import java.util.TreeMap;

/** The baseline a guest's model has now, in the shared baseline format. */
public final class BaselineWriter {

  private BaselineWriter() {}

  /** The masks (REQUIRED too) and one entry per feature bit that the catalog or the guest defines, or that the guest implements. */
  public static Baseline of(GuestModel model) {
    SortedMap<Integer, Baseline.Entry> entries = new TreeMap<>();
    for (BitRow row : model.bits()) {
      if (row.bit() >= Catalog.FIRST_FEATURE_BIT && (row.definition().isNamed() || row.present())) {
        entries.put(row.bit(), new Baseline.Entry(row.bit(), row.definition().displayName(),
            row.definition().tier().name(), row.present(),
            row.implementation().isPresent() ? row.implementation().get().implementationWithOrigin() : ""));
      }
    }
    return new Baseline(model.implReq(), model.present(), model.required(), entries);
  }

  public static String write(GuestModel model) {
    return BaselineFormat.write(model.guestName(), of(model));
  }
}
