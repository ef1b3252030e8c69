package hudson.util;

import java.util.AbstractList;
import java.util.concurrent.CopyOnWriteArrayList;

/** A list whose changes are saved with its owner (the stand-in keeps it in memory). */
public class PersistedList<T> extends AbstractList<T> {
    private final CopyOnWriteArrayList<T> data = new CopyOnWriteArrayList<>();

    protected PersistedList() {
    }

    @Override
    public T get(int index) {
        return data.get(index);
    }

    @Override
    public int size() {
        return data.size();
    }

    @Override
    public boolean add(T item) {
        return data.add(item);
    }

    @Override
    public T remove(int index) {
        return data.remove(index);
    }

    public <U extends T> U get(Class<U> type) {
        for (T t : data) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
