package nl.woonzorg.spark.sql;

import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.classic.SparkSession;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.classic.ExpressionUtils;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apiguardian.api.API;
import scala.Tuple3;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * A session extension that gives every session woonzorg's SQL functions ({@link
 * WoonzorgFunctions}), without code: {@code --conf
 * spark.sql.extensions=nl.woonzorg.spark.sql.WoonzorgSessionExtensions}. The functions take the
 * profile and language of the session that calls them ({@link FindingsFunction#PROFILE_KEY},
 * {@link FindingsFunction#LOCALE_KEY}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WoonzorgSessionExtensions
    extends AbstractFunction1<SparkSessionExtensions, BoxedUnit> {

  /** The extension, as Spark makes it from the class name. */
  public WoonzorgSessionExtensions() {}

  @Override
  public BoxedUnit apply(SparkSessionExtensions extensions) {
    inject(extensions, WoonzorgFunctions.FINDINGS, FindingsFunction.class,
        WoonzorgFunctions::findings);
    inject(extensions, WoonzorgFunctions.CONFORMS, ConformsFunction.class,
        WoonzorgFunctions::conforms);
    return BoxedUnit.UNIT;
  }

  private static void inject(SparkSessionExtensions extensions, String name, Class<?> type,
      Function<org.apache.spark.sql.SparkSession, UserDefinedFunction> function) {
    extensions.injectFunction(new Tuple3<>(new FunctionIdentifier(name),
        new ExpressionInfo(type.getName(), name), new Builder(name, function)));
  }

  /** Makes the function's expression of its argument expressions, in the calling session. */
  private static final class Builder extends AbstractFunction1<Seq<Expression>, Expression> {
    private final String name;
    private final Function<org.apache.spark.sql.SparkSession, UserDefinedFunction> function;

    Builder(String name,
        Function<org.apache.spark.sql.SparkSession, UserDefinedFunction> function) {
      this.name = name;
      this.function = function;
    }

    @Override
    public Expression apply(Seq<Expression> arguments) {
      if (arguments.size() != 1) {
        throw new IllegalArgumentException(name + " takes one argument, the record's JSON; got "
            + arguments.size());
      }
      Column[] columns = CollectionConverters.asJava(arguments).stream()
          .map(ExpressionUtils::column).toArray(Column[]::new);
      // The classic session turns the function's column into its Catalyst expression.
      SparkSession session = (SparkSession) org.apache.spark.sql.SparkSession.active();
      return session.expression(function.apply(session).apply(columns));
    }
  }
}
