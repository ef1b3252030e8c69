package hudson.util;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.converters.ConversionException;
import com.thoughtworks.xstream.converters.Converter;
import com.thoughtworks.xstream.converters.MarshallingContext;
import com.thoughtworks.xstream.converters.UnmarshallingContext;
import com.thoughtworks.xstream.converters.collections.CollectionConverter;
import com.thoughtworks.xstream.converters.collections.MapConverter;
import com.thoughtworks.xstream.converters.reflection.ReflectionConverter;
import com.thoughtworks.xstream.converters.reflection.ReflectionProvider;
import com.thoughtworks.xstream.mapper.Mapper;
import com.thoughtworks.xstream.io.HierarchicalStreamDriver;
import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;
import com.thoughtworks.xstream.io.xml.PrettyPrintWriter;
import com.thoughtworks.xstream.io.xml.StandardStaxDriver;
import com.thoughtworks.xstream.security.AnyTypePermission;
import hudson.remoting.ClassFilter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import javax.xml.stream.XMLInputFactory;

/**
 * The XStream Jenkins saves with (global configuration, {@code config.xml}, {@code build.xml}). As in
 * Jenkins, a converter of the highest priority claims every class that {@link ClassFilter#DEFAULT}
 * refuses and fails on it: {@code Refusing to marshal X for security reasons}. XStream's own type
 * permissions are opened because the class filter is the guard (JEP-200).
 */
public class XStream2 extends XStream {

    public XStream2() {
        this(getDefaultDriver());
    }

    public XStream2(HierarchicalStreamDriver hierarchicalStreamDriver) {
        super(hierarchicalStreamDriver);
        init();
    }

    /** StAX, writing XML 1.1 as Jenkins does. */
    public static HierarchicalStreamDriver getDefaultDriver() {
        return new StaxDriver();
    }

    /** As Jenkins' RobustReflectionConverter: a failure names the field it happened in, outermost last. */
    @Override
    protected void setupConverters() {
        super.setupConverters();
        registerConverter(new FieldNamingReflectionConverter(getMapper(), getReflectionProvider()), PRIORITY_VERY_LOW + 1);
    }

    private void init() {
        denyTypes(new Class[] {void.class, Void.class});
        // Jenkins' RobustCollectionConverter and ConcurrentHashMapConverter: element by element, no reflection into the JDK.
        registerConverter(new CollectionConverter(getMapper(), CopyOnWriteArrayList.class), 10);
        registerConverter(new CollectionConverter(getMapper(), CopyOnWriteArraySet.class), 10);
        registerConverter(new MapConverter(getMapper(), ConcurrentHashMap.class), 10);
        registerConverter(new BlacklistedTypesConverter(), PRIORITY_VERY_HIGH);
        addPermission(AnyTypePermission.ANY);
        autodetectAnnotations(true);
    }

    private static final class StaxDriver extends StandardStaxDriver {
        @Override
        public HierarchicalStreamWriter createWriter(Writer out) {
            return new PrettyPrintWriter(out, PrettyPrintWriter.XML_1_1, getNameCoder());
        }

        @Override
        protected XMLInputFactory createInputFactory() {
            XMLInputFactory factory = XMLInputFactory.newInstance();
            factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            return factory;
        }
    }

    private static final class FieldNamingReflectionConverter extends ReflectionConverter {
        FieldNamingReflectionConverter(Mapper mapper, ReflectionProvider reflectionProvider) {
            super(mapper, reflectionProvider);
        }

        @Override
        protected void marshallField(MarshallingContext context, Object newObj, Field field) {
            try {
                super.marshallField(context, newObj, field);
            } catch (RuntimeException e) {
                throw new RuntimeException("Failed to serialize " + field.getDeclaringClass().getName() + "#"
                        + field.getName() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Claims the classes the class filter refuses, so that writing or reading one fails. */
    private static final class BlacklistedTypesConverter implements Converter {
        @Override
        public void marshal(Object source, HierarchicalStreamWriter writer, MarshallingContext context) {
            throw new UnsupportedOperationException("Refusing to marshal " + source.getClass().getName()
                    + " for security reasons; see https://www.jenkins.io/redirect/class-filter/");
        }

        @Override
        public Object unmarshal(HierarchicalStreamReader reader, UnmarshallingContext context) {
            throw new ConversionException("Refusing to unmarshal " + reader.getNodeName()
                    + " for security reasons; see https://www.jenkins.io/redirect/class-filter/");
        }

        @Override
        public boolean canConvert(Class type) {
            return type != null
                    && (ClassFilter.DEFAULT.isBlacklisted(type.getName()) || ClassFilter.DEFAULT.isBlacklisted(type));
        }
    }
}
